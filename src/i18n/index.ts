import type { Catalogue } from "./catalogue.js";
import { en } from "./en/index.js";
import type { Lang } from "./lang.js";
import { vi } from "./vi/index.js";

export type { Catalogue } from "./catalogue.js";
export { DEFAULT_LANG, type Lang, langs } from "./lang.js";

const catalogues: Record<Lang, Catalogue> = { vi, en };

/** The catalogue of a language: `messages(lang).labels.commitmentStatus[status]`. */
export function messages(lang: Lang): Catalogue {
  return catalogues[lang];
}

/** A sector's name in a language: the registry's for a known code, else the code as written. */
export function sectorName(code: string, lang: Lang): string {
  const names: Record<string, string> = messages(lang).labels.sector;
  return Object.hasOwn(names, code) ? names[code]! : code;
}

/** The codes of the known sectors. */
export const knownSectors = (): string[] => Object.keys(messages("en").labels.sector);
