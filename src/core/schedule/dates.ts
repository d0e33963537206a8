const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The dates mou handles. Agreements of Vietnamese provinces fall well inside; the bounds keep every date
 * mou computes (up to a century past the last, see MAX_DURATION_DAYS) a four-digit year, so that dates
 * compare as text and no arithmetic leaves the calendar.
 */
export const FIRST_DATE = "1900-01-01";
export const LAST_DATE = "2199-12-31";

/** A calendar date within FIRST_DATE–LAST_DATE. */
export const inDateRange = (date: string): boolean => isCalendarDate(date) && date >= FIRST_DATE && date <= LAST_DATE;

/** True for a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * The calendar date (YYYY-MM-DD) that an instant falls on in an IANA time zone. Throws RangeError for an
 * unknown zone.
 */
export function dateInTimeZone(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(epochMs);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}
