import type { Lang } from "../../i18n/lang.js";

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as each language writes it: "1.234,5" in Vietnamese (a comma for decimals, dots between
 * thousands), "1,234.5" in English; at most `digits` decimals.
 */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value + 0);
}

/** "15,4%" / "15.4%". */
export const formatPercent = (value: number, lang: Lang): string => `${formatNumber(value, lang, 1)}%`;
