import type { Lang } from "../../i18n/lang.js";

/** At most one start time per item of the order of business, and one more for the end of the last. */
export const MAX_TIMES = 8;

/** "08:00,08:30,9:15" as ["08:00", "08:30", "09:15"]; undefined unless every time is real and later than the last. */
export function parseTimes(text: string): string[] | undefined {
  const parts = text.split(",").map((t) => t.trim());
  if (parts.length === 0 || parts.length > MAX_TIMES) return undefined;
  const times: string[] = [];
  for (const part of parts) {
    const m = /^([01]?\d|2[0-3])[:hH]([0-5]\d)$/.exec(part);
    if (!m) return undefined;
    const time = `${m[1]!.padStart(2, "0")}:${m[2]}`;
    if (times.length > 0 && time <= times.at(-1)!) return undefined;
    times.push(time);
  }
  return times;
}

/**
 * The time of each item: "08h00 - 08h30" as Vietnamese programmes write it ("08:00–08:30" in English), the
 * start alone for an item whose end is not given.
 */
export function timeSlots(times: readonly string[], lang: Lang): string[] {
  const show = (t: string) => (lang === "vi" ? t.replace(":", "h") : t);
  const dash = lang === "vi" ? " - " : "–";
  return times.map((t, i) => (i + 1 < times.length ? `${show(t)}${dash}${show(times[i + 1]!)}` : show(t)));
}
