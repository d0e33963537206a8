import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import { addMonthsTo, dateOfDay, dayNumber } from "./dates.js";

/** An ISO 8601 duration of the kinds agreements use: years, months, weeks and days. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?=.*[1-9])(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Parses `P2Y`, `P6M`, `P1Y6M`, `P4W`, `P90D`…; undefined for anything else, including zero. */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4) };
}

/** The longest duration mou accepts, a century: P100Y, P1200M, P5217W or P36525D. */
export const MAX_DURATION_DAYS = 36525;

/** How many days a duration lasts, counting the average year and month (a closed form, for limits). */
export const durationDays = (d: Duration): number => d.years * 365.25 + d.months * 30.4375 + d.weeks * 7 + d.days;

/** Whether a duration is at most a century long. */
export const withinDurationLimit = (d: Duration): boolean => durationDays(d) <= MAX_DURATION_DAYS;

/** The fewest days a duration can last (months of 28 days, years of 365), at least one. */
export const shortestDays = (d: Duration): number => Math.max(1, d.years * 365 + d.months * 28 + d.weeks * 7 + d.days);

export function requireDuration(text: string): Duration {
  const duration = parseDuration(text);
  if (duration === undefined) throw new RangeError(`not a duration: ${text}`);
  return duration;
}

/**
 * `date + factor·duration`, computed from the base in one step (never by repeated addition): years and
 * months first, clamping to the end of a shorter month, then weeks and days as days. A negative factor
 * subtracts.
 */
export function addDuration(date: string, duration: Duration, factor = 1): string {
  const months = (duration.years * 12 + duration.months) * factor;
  const days = (duration.weeks * 7 + duration.days) * factor;
  const withMonths = months === 0 ? date : addMonthsTo(date, months);
  return days === 0 ? withMonths : dateOfDay(dayNumber(withMonths) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "2 năm 6 tháng" / "2 years 6 months": a duration as people say it. */
export function durationText(duration: Duration, lang: Lang): string {
  return messages(lang).common.duration(duration);
}
