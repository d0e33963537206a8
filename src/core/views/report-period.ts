import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Agreement } from "../model/agreement.js";
import { startOf } from "../model/agreement.js";
import { addDuration, requireDuration } from "../schedule/duration.js";
import { type ReviewState, scheduleOf } from "../schedule/schedule.js";

export interface PeriodOptions {
  asOf: string;
  lang: Lang;
  remind?: string;
  /** The review the report is for; default the next one. */
  review?: number;
  from?: string;
  to?: string;
}

/** The stretch of time a report covers, and the review meeting it is written for. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** Whether `from` itself belongs to the period (not when it is the previous review, which reported on it). */
  fromIncluded: boolean;
  review?: { number: number; scheduled?: string; held?: string; state?: ReviewState; days?: number };
  previous?: { number: number; date: string };
  following?: { number: number; date: string };
}

/** Why a report cannot be made as asked; the shell turns it into a usage error. */
export class ReportError extends Error {}

/**
 * The period of a report: by default from the previous review held (else the start) up to today, for the
 * next review; with `review`, from the review before it up to the day it was held (or today, if it has not
 * been); `from` and `to` override either end. Without a review rule: from the latest meeting held, else
 * the start, up to today.
 */
export function reportPeriod(a: Agreement, options: PeriodOptions): ReportPeriod {
  const { asOf } = options;
  const start = startOf(a) ?? asOf;
  const schedule = scheduleOf(a, options.remind === undefined ? { asOf } : { asOf, remind: options.remind });
  let period: ReportPeriod;
  if (schedule === undefined) {
    if (options.review !== undefined) throw new ReportError(messages(options.lang).report.errors.noSchedule);
    const last = (a.reviews ?? [])
      .filter((r) => r.date <= asOf)
      .reduce<string | undefined>((m, r) => (m === undefined || r.date > m ? r.date : m), undefined);
    period = { from: last ?? start, to: asOf, fromIncluded: last === undefined };
  } else {
    const fixed = schedule.mode === "fixed";
    const every = requireDuration(a.review!.every);
    const next = schedule.next;
    const number = options.review ?? next?.number;
    if (number === undefined) {
      const last = schedule.held.filter((h) => h.review.date <= asOf).at(-1);
      period = {
        from: last?.review.date ?? start,
        to: asOf,
        fromIncluded: last === undefined,
        ...(last ? { previous: { number: last.number, date: last.review.date } } : {}),
      };
    } else {
      const held = schedule.held.find((h) => h.number === number)?.review.date;
      const scheduled = fixed ? schedule.dueOf(number) : number === next?.number ? next.due : undefined;
      const previous = schedule.held.filter((h) => h.number < number && h.review.date <= asOf).at(-1);
      // A report states what has happened: it ends on the day the review was held, else today.
      const end = held ?? asOf;
      const isNext = next !== null && number === next.number;
      period = {
        from: previous?.review.date ?? start,
        to: end,
        fromIncluded: previous === undefined,
        review: {
          number,
          ...(scheduled !== undefined ? { scheduled } : {}),
          ...(held !== undefined ? { held } : {}),
          ...(isNext ? { state: next.state, days: next.days } : {}),
        },
        ...(previous ? { previous: { number: previous.number, date: previous.review.date } } : {}),
        following: {
          number: number + 1,
          date: fixed ? schedule.dueOf(number + 1) : addDuration(held ?? scheduled ?? end, every),
        },
      };
    }
  }
  if (options.from !== undefined) period = { ...period, from: options.from, fromIncluded: true };
  if (options.to !== undefined) period = { ...period, to: options.to };
  if (period.from > period.to)
    throw new ReportError(messages(options.lang).report.errors.backwards({ from: period.from, to: period.to }));
  return period;
}

/** Whether a dated entry falls in the period. */
export const inPeriod = (period: ReportPeriod, date: string): boolean =>
  (period.fromIncluded ? date >= period.from : date > period.from) && date <= period.to;
