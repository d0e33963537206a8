import type { Agreement, HeldReview } from "../model/agreement.js";
import { startOf, statusOf } from "../model/agreement.js";
import type { ReviewState } from "../model/enums.js";
import { LAST_DATE } from "./dates.js";
import { addDuration, type Duration, daysBetween, requireDuration } from "./duration.js";

export type { ReviewState };

export const DEFAULT_REMIND = "P90D";

/** The next review of an agreement as of a date. */
export interface NextReview {
  number: number;
  due: string;
  state: ReviewState;
  /** Calendar days from the as-of date to `due`; negative when overdue. */
  days: number;
  /** The first day on which the review counts as due soon: `due` less the `remind` window. */
  remindFrom: string;
  /** Earlier scheduled reviews that no held review fulfilled. */
  missed: number[];
}

export interface Schedule {
  mode: "fixed" | "rolling";
  /** Held reviews that count (not `kind: extra`), in date order, with the number each fulfilled. */
  held: { review: HeldReview; number: number }[];
  /** The next review, or null when the agreement is not active or expires before it falls due. */
  next: NextReview | null;
  /** Why there is no next review. */
  none?: "not-active" | "expires";
  /** Due date of scheduled review `n` (fixed calendar) — for agendas and "the following review". */
  dueOf: (n: number) => string;
}

export interface ScheduleOptions {
  asOf: string;
  /** `remind` from mou.config.yaml; the agreement's own wins, P90D is the fallback. */
  remind?: string;
}

function stateOf(days: number, remindFrom: string, asOf: string): ReviewState {
  if (days < 0) return "overdue";
  return asOf >= remindFrom ? "due-soon" : "scheduled";
}

/** A fixed review calendar: the due date of review `n`, and how many reviews fall on or before LAST_DATE. */
export interface FixedCalendar {
  dueOf: (n: number) => string;
  /** The highest review number mou can date: reviews after LAST_DATE cannot be recorded as held. */
  count: () => number;
}

/**
 * How many of `dueOf(1), dueOf(2), …` fall on or before `limit`, found by halving an interval whose upper
 * end is past the limit for certain (every month lasts at least 28 days), never by counting up.
 */
function countUntil(dueOf: (n: number) => string, every: Duration, from: string, limit: string): number {
  if (dueOf(1) > limit) return 0;
  const shortest = Math.max(1, (every.years * 12 + every.months) * 28 + every.weeks * 7 + every.days);
  let lo = 1;
  let hi = Math.floor(Math.max(0, daysBetween(from, limit)) / shortest) + 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dueOf(mid) <= limit) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The fixed calendar of an agreement's review rule, or undefined without a rule or a start date. */
export function fixedCalendar(agreement: Agreement): FixedCalendar | undefined {
  const rule = agreement.review;
  const start = startOf(agreement);
  if (rule === undefined || start === undefined) return undefined;
  const every = requireDuration(rule.every);
  const first = rule.first;
  const dueOf = (n: number) => (first !== undefined ? addDuration(first, every, n - 1) : addDuration(start, every, n));
  let count: number | undefined;
  return { dueOf, count: () => (count ??= countUntil(dueOf, every, first ?? start, LAST_DATE)) };
}

/** Counted reviews in date order; reviews on the same day keep the order of the file. */
export function countedReviews(agreement: Agreement): HeldReview[] {
  return (agreement.reviews ?? [])
    .filter((r) => (r.kind ?? "scheduled") === "scheduled")
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The review schedule of an agreement (SPEC §4), or undefined when it has no review rule or no start
 * date. Pure: "today" is `options.asOf`.
 */
export function scheduleOf(agreement: Agreement, options: ScheduleOptions): Schedule | undefined {
  const rule = agreement.review;
  const start = startOf(agreement);
  if (rule === undefined || start === undefined) return undefined;
  const every = requireDuration(rule.every);
  const remind = rule.remind ?? options.remind ?? DEFAULT_REMIND;
  const first = rule.first;
  const { dueOf } = fixedCalendar(agreement)!;
  const reviews = countedReviews(agreement);

  let held: Schedule["held"];
  let number: number;
  let due: string;
  const missed: number[] = [];
  const mode = rule.from === "last-review" ? "rolling" : "fixed";
  if (mode === "rolling") {
    held = reviews.map((review, i) => ({ review, number: i + 1 }));
    number = reviews.length + 1;
    const latest = reviews.at(-1);
    due = latest === undefined ? (first ?? addDuration(start, every)) : addDuration(latest.date, every);
  } else {
    const fulfilled = new Set<number>();
    // The lowest number not yet fulfilled only ever moves up: the walk is linear in the reviews.
    let lowest = 1;
    let highest = 0;
    held = reviews.map((review) => {
      while (fulfilled.has(lowest)) lowest++;
      const n = review.covers ?? lowest;
      fulfilled.add(n);
      highest = Math.max(highest, n);
      return { review, number: n };
    });
    number = highest + 1;
    due = dueOf(number);
    // `covers` is at most the number of reviews that fall before LAST_DATE (rule/covers-too-high).
    for (let n = 1; n < number; n++) if (!fulfilled.has(n)) missed.push(n);
  }

  const schedule: Schedule = { mode, held, next: null, dueOf };
  if (statusOf(agreement) !== "active") return { ...schedule, none: "not-active" };
  if (agreement.expires !== undefined && agreement.expires < due) return { ...schedule, none: "expires" };
  const remindFrom = addDuration(due, requireDuration(remind), -1);
  const days = daysBetween(options.asOf, due);
  const next = { number, due, state: stateOf(days, remindFrom, options.asOf), days, missed, remindFrom };
  return { ...schedule, next };
}
