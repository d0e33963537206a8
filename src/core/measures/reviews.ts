import type { Agreement } from "../model/agreement.js";
import { statusOf } from "../model/agreement.js";
import { daysBetween } from "../schedule/duration.js";
import { countedReviews, type NextReview, type Schedule, scheduleOf } from "../schedule/schedule.js";

/** An agreement's record of review meetings as of a date, for the scorecard and the report. */
export interface ReviewRecord {
  /** Scheduled reviews held on or before the as-of date (extra meetings are not counted). */
  held: number;
  /**
   * Scheduled reviews that had fallen due by the as-of date (or by `expires`), or null when that cannot be
   * said: no review rule, or an agreement that is no longer active and states no end date.
   */
  due: number | null;
  /** Earlier scheduled reviews never held (SPEC §4). */
  missed: number[];
  /** The latest meeting held, extra ones included. */
  last: { date: string; kind: "scheduled" | "extra" } | null;
  daysSinceLast: number | null;
  next: NextReview | null;
}

/** Dates may pass year 9999 while searching, where string order stops being date order. */
const notAfter = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a <= b);

/** How many n ≥ 1 have dueOf(n) ≤ limit; dueOf grows with n, so a doubling then halving search finds it. */
function countDue(dueOf: (n: number) => string, limit: string): number {
  if (!notAfter(dueOf(1), limit)) return 0;
  let low = 1;
  let high = 2;
  while (high < 2 ** 24 && notAfter(dueOf(high), limit)) {
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (notAfter(dueOf(mid), limit)) low = mid;
    else high = mid;
  }
  return low;
}

function dueCount(agreement: Agreement, schedule: Schedule | undefined, asOf: string): number | null {
  if (schedule === undefined) return null;
  const active = statusOf(agreement) === "active";
  const { expires } = agreement;
  if (!active && expires === undefined) return null;
  const limit = expires !== undefined && expires < asOf ? expires : asOf;
  if (schedule.mode === "fixed") return countDue(schedule.dueOf, limit);
  const overdue = schedule.next !== null && schedule.next.state === "overdue" ? 1 : 0;
  return schedule.held.filter((h) => h.review.date <= asOf).length + overdue;
}

export function reviewRecord(agreement: Agreement, options: { asOf: string; remind?: string }): ReviewRecord {
  const { asOf } = options;
  const schedule = scheduleOf(agreement, options);
  const held = countedReviews(agreement).filter((r) => r.date <= asOf).length;
  let last: ReviewRecord["last"] = null;
  for (const r of agreement.reviews ?? [])
    if (r.date <= asOf && (last === null || r.date > last.date)) last = { date: r.date, kind: r.kind ?? "scheduled" };
  return {
    held,
    due: dueCount(agreement, schedule, asOf),
    missed: schedule?.next?.missed ?? [],
    last,
    daysSinceLast: last === null ? null : daysBetween(last.date, asOf),
    next: schedule?.next ?? null,
  };
}
