import { commitmentStatuses } from "../core/model/enums.js";
import { fold } from "../core/text/fold.js";
import type { Catalogue } from "./catalogue.js";
import { en } from "./en/index.js";
import { type Lang, langs } from "./lang.js";
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

/**
 * The code a word means, in either language: a code itself, a label ("đang triển khai") or a word people
 * use for it ("đang thực hiện"), ignoring case and diacritics. Undefined when it means none.
 */
export function codeForWord<K extends string>(
  word: string,
  codes: readonly K[],
  names: (lang: Lang) => Partial<Record<K, string | readonly string[]>>,
): K | undefined {
  const wanted = fold(word);
  for (const code of codes) if (fold(code) === wanted) return code;
  for (const lang of langs) {
    const table = names(lang);
    for (const code of codes) {
      const entry: string | readonly string[] | undefined = table[code];
      const words: readonly string[] = entry === undefined ? [] : typeof entry === "string" ? [entry] : entry;
      if (words.some((w) => fold(w) === wanted)) return code;
    }
  }
  return undefined;
}

/** The commitment status a word means: "đang thực hiện" → in-progress. */
export const statusForWord = (word: string) =>
  codeForWord(word, commitmentStatuses, (lang) => messages(lang).labels.commitmentStatusWords);

/** The known sector a word means: "nông nghiệp" → agriculture. */
export const sectorForWord = (word: string) =>
  codeForWord(word, knownSectors(), (lang) => messages(lang).labels.sector as Record<string, string>);
