import { FIRST_DATE, inDateRange, isCalendarDate, LAST_DATE } from "../core/schedule/dates.js";
import type { Duration } from "../core/schedule/duration.js";
import { parseDuration, withinDurationLimit } from "../core/schedule/duration.js";
import { UsageError } from "../errors.js";
import { DEFAULT_LANG, type Lang, messages } from "../i18n/index.js";

/** A date option's value, which must be a real calendar date within the dates mou handles. */
export function parseDateOption(name: string, value: string, lang: Lang = DEFAULT_LANG): string {
  if (!isCalendarDate(value)) throw new UsageError(`${name} must be a real date written YYYY-MM-DD, not "${value}"`);
  if (!inDateRange(value))
    throw new UsageError(
      messages(lang).limits.dateOutOfRange({ option: name, value, first: FIRST_DATE, last: LAST_DATE }),
    );
  return value;
}

/** A whole number from 1 (a review number, a count), or undefined when the option was not given. */
export function positiveInteger(
  name: string,
  text: string | undefined,
  what = "a whole number from 1",
): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new UsageError(`${name} must be ${what}, not "${text}"`);
  return Number(text);
}

/** A duration option's value (P90D, P6M, P1Y), or undefined when the option was not given. */
export function durationOption(
  name: string,
  text: string | undefined,
  example: string,
  lang: Lang = DEFAULT_LANG,
): Duration | undefined {
  if (text === undefined) return undefined;
  const duration = parseDuration(text);
  if (duration === undefined) throw new UsageError(`${name} must be a duration such as ${example}, not "${text}"`);
  if (!withinDurationLimit(duration))
    throw new UsageError(messages(lang).limits.durationTooLong({ option: name, value: text }));
  return duration;
}
