import type { Lang } from "../../i18n/lang.js";

const cache = new Map<Lang, Intl.DisplayNames>();

/**
 * The name of a country from its ISO 3166-1 alpha-2 code ("LA" → "Lào" / "Laos"), from the Unicode CLDR
 * data that every Node.js carries; undefined for a code that names no country.
 */
export function countryName(code: string, lang: Lang): string | undefined {
  // AA, QM–QZ, XA–XZ and ZZ are reserved for private use: no country.
  if (!/^[A-Z]{2}$/.test(code) || /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) return undefined;
  let names = cache.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    cache.set(lang, names);
  }
  return names.of(code) ?? undefined;
}
