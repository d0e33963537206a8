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
 * Vietnam has kept UTC+7, without daylight saving, since 13 June 1975 00:00 at UTC+8, 16:00 UTC (IANA
 * tzdata: the south moved from UTC+8 then). In that zone, from then on, the date is arithmetic on the instant,
 * without the time-zone data that the first Intl.DateTimeFormat with a zone loads (some 20 ms of every
 * run that finds "today"). test/core/schedule/dates.test.ts holds it to Intl on many instants, so a change
 * in the zone's rules that reaches Node's data fails there.
 */
const VIETNAM = "Asia/Ho_Chi_Minh";
const VIETNAM_FIXED_SINCE = Date.UTC(1975, 5, 12, 16);
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar date (YYYY-MM-DD) that an instant falls on in an IANA time zone. Throws RangeError for an
 * unknown zone.
 */
export function dateInTimeZone(epochMs: number, timeZone: string): string {
  if (timeZone === VIETNAM && epochMs >= VIETNAM_FIXED_SINCE && Number.isFinite(epochMs))
    return dateOfDay(Math.floor((epochMs + VIETNAM_OFFSET_MS) / 86_400_000));
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(epochMs);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The calendar day before a date (YYYY-MM-DD), computed in UTC so the machine's zone never matters. */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The ISO date a date written the Vietnamese way means: "24/7/2023", "24/07/2023", "24-7-2023" or
 * "24.7.2023" (day, month, year) → "2023-07-24"; undefined when it is no such date.
 */
export function dateFromDayMonthYear(text: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/**
 * The number of a calendar date counted in days from 1970-01-01 (proleptic Gregorian calendar): cheap
 * integer arithmetic for drawing many dates on a line, with no Date object and so no time zone.
 */
export function dayNumber(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Counting years from March puts the leap day at the end of the year (H. Hinnant, days_from_civil).
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number (the inverse of `dayNumber`; H. Hinnant's civil_from_days). */
export function dateOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** `date` moved by whole months, clamped to the end of a shorter month: 2024-01-31 + 1 → 2024-02-29. */
export function addMonthsTo(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
