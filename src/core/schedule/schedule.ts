import type { Agreement, HeldReview } from "../model/agreement.js";
import { startOf, statusOf } from "../model/agreement.js";
import type { ReviewState } from "../model/enums.js";
import { addDuration, daysBetween, requireDuration } from "./duration.js";

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

function stateOf(due: string, remindFrom: string, asOf: string): ReviewState {
  if (asOf > due) return "overdue";
  return asOf >= remindFrom ? "due-soon" : "scheduled";
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
  const dueOf = (n: number) => (first !== undefined ? addDuration(first, every, n - 1) : addDuration(start, every, n));
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
    held = reviews.map((review) => {
      let n = review.covers;
      if (n === undefined) for (n = 1; fulfilled.has(n); n++);
      fulfilled.add(n);
      return { review, number: n };
    });
    number = Math.max(0, ...fulfilled) + 1;
    due = dueOf(number);
    for (let n = 1; n < number; n++) if (!fulfilled.has(n)) missed.push(n);
  }

  const schedule: Schedule = { mode, held, next: null, dueOf };
  if (statusOf(agreement) !== "active") return { ...schedule, none: "not-active" };
  if (agreement.expires !== undefined && agreement.expires < due) return { ...schedule, none: "expires" };
  const remindFrom = addDuration(due, requireDuration(remind), -1);
  const state = stateOf(due, remindFrom, options.asOf);
  const next = { number, due, state, days: daysBetween(options.asOf, due), missed, remindFrom };
  return { ...schedule, next };
}
