import type { Lang } from "../../i18n/lang.js";
import type { AgreementFile } from "../model/agreement.js";
import { localized } from "../text/localized.js";
import { addDuration, type Duration } from "./duration.js";
import { type NextReview, type ReviewState, scheduleOf } from "./schedule.js";

export interface DueReview extends NextReview {
  agreement: string;
  title: string;
  file: string;
}

export interface DueOptions {
  asOf: string;
  lang: Lang;
  remind?: string;
  /** Keep reviews due on or before asOf + within (overdue ones included). */
  within?: Duration;
  state?: ReviewState;
}

/** The next review of every agreement that has one, soonest first (then by agreement id). */
export function dueReviews(files: readonly AgreementFile[], options: DueOptions): DueReview[] {
  const scheduleOptions =
    options.remind === undefined ? { asOf: options.asOf } : { asOf: options.asOf, remind: options.remind };
  const until = options.within === undefined ? undefined : addDuration(options.asOf, options.within);
  const out: DueReview[] = [];
  for (const { file, agreement } of files) {
    const next = scheduleOf(agreement, scheduleOptions)?.next;
    if (!next) continue;
    if (until !== undefined && next.due > until) continue;
    if (options.state !== undefined && next.state !== options.state) continue;
    out.push({ agreement: agreement.id, title: localized(agreement.title, options.lang), file, ...next });
  }
  return out.sort(byDueDate);
}

/** Soonest first, then by agreement id. */
export const byDueDate = (a: DueReview, b: DueReview): number =>
  a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0;
