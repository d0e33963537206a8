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
