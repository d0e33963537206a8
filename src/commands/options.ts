import type { Context } from "../context.js";
import { dateFromDayMonthYear, isCalendarDate } from "../core/schedule/dates.js";
import type { Duration } from "../core/schedule/duration.js";
import { parseDuration } from "../core/schedule/duration.js";
import { UsageError } from "../errors.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";

/**
 * A date option's value: a real calendar date written YYYY-MM-DD, or the way offices write it
 * (24/7/2025, 24-07-2025), which is read as the ISO date and echoed on stderr so that nobody wonders.
 */
export function parseDateOption(name: string, value: string, context: Pick<Context, "lang" | "notices">): string {
  if (isCalendarDate(value)) return value;
  const m = messages(context.lang).options;
  const iso = dateFromDayMonthYear(value);
  if (iso === undefined) throw new UsageError(m.date({ name, value }));
  context.notices.push(m.dateRead({ name, value, iso }));
  return iso;
}

/** A whole number from 1 (a review number, a count), or undefined when the option was not given. */
export function positiveInteger(name: string, text: string | undefined, lang: Lang): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new UsageError(messages(lang).options.positive({ name, value: text }));
  return Number(text);
}

/** A duration option's value (P90D, P6M, P1Y), or undefined when the option was not given. */
export function durationOption(name: string, text: string | undefined, lang: Lang): Duration | undefined {
  if (text === undefined) return undefined;
  const duration = parseDuration(text);
  if (duration === undefined) throw new UsageError(messages(lang).options.duration({ name, value: text }));
  return duration;
}
