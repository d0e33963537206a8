import type { Context } from "../context.js";
import { dateFromDayMonthYear, FIRST_DATE, inDateRange, isCalendarDate, LAST_DATE } from "../core/schedule/dates.js";
import type { Duration } from "../core/schedule/duration.js";
import { parseDuration, withinDurationLimit } from "../core/schedule/duration.js";
import { UsageError } from "../errors.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";

/** The date itself, if it is within the dates mou handles (1900–2199); else a usage error. */
function inRange(name: string, value: string, lang: Lang): string {
  if (inDateRange(value)) return value;
  throw new UsageError(
    messages(lang).limits.dateOutOfRange({ option: name, value, first: FIRST_DATE, last: LAST_DATE }),
  );
}

/**
 * A date option's value: a real calendar date written YYYY-MM-DD, or the way offices write it
 * (24/7/2025, 24-07-2025), which is read as the ISO date and echoed on stderr so that nobody wonders;
 * either way within the dates mou handles.
 */
export function parseDateOption(name: string, value: string, context: Pick<Context, "lang" | "notices">): string {
  if (isCalendarDate(value)) return inRange(name, value, context.lang);
  const m = messages(context.lang).options;
  const iso = dateFromDayMonthYear(value);
  if (iso === undefined) throw new UsageError(m.date({ name, value }));
  context.notices.push(m.dateRead({ name, value, iso }));
  return inRange(name, iso, context.lang);
}

/** A whole number from 1 (a review number, a count), or undefined when the option was not given. */
export function positiveInteger(name: string, text: string | undefined, lang: Lang): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new UsageError(messages(lang).options.positive({ name, value: text }));
  return Number(text);
}

/** A duration option's value (P90D, P6M, P1Y) of at most a century, or undefined when not given. */
export function durationOption(name: string, text: string | undefined, lang: Lang): Duration | undefined {
  if (text === undefined) return undefined;
  const duration = parseDuration(text);
  if (duration === undefined) throw new UsageError(messages(lang).options.duration({ name, value: text }));
  if (!withinDurationLimit(duration))
    throw new UsageError(messages(lang).limits.durationTooLong({ option: name, value: text }));
  return duration;
}
