import type { Lang } from "../../i18n/lang.js";
import type { Agreement } from "../model/agreement.js";

type LocalizedText = Agreement["title"];

/** A string, or the `lang` side of a {vi, en} map, falling back to the other language. */
export function localized(text: LocalizedText, lang: Lang): string {
  if (typeof text === "string") return text;
  return (lang === "vi" ? (text.vi ?? text.en) : (text.en ?? text.vi)) ?? "";
}
