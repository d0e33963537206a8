import type { Agreement, CommitmentStatus } from "../model/agreement.js";
import { commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { commitmentStatuses } from "../model/enums.js";

/**
 * How far an agreement has come, counted from the statuses of its commitments: "8 of 10 points under way,
 * 3 done", as implementation reports put it. This is the scorecard every agreement has; a richer one
 * (goals and indicators) can join the `Scorecard` union as another `kind`, and the pages that show a
 * scorecard choose by `kind`.
 */
export interface StatusScorecard {
  kind: "statuses";
  total: number;
  counts: Record<CommitmentStatus, number>;
  /** Points past their due date that are neither done nor dropped. */
  overdue: number;
}

export type Scorecard = StatusScorecard;

export const emptyStatusCounts = (): Record<CommitmentStatus, number> =>
  Object.fromEntries(commitmentStatuses.map((s) => [s, 0])) as Record<CommitmentStatus, number>;

export function statusScorecard(agreement: Agreement, asOf: string): StatusScorecard {
  const counts = emptyStatusCounts();
  const commitments = agreement.commitments ?? [];
  let overdue = 0;
  for (const c of commitments) {
    counts[commitmentStatusOf(c)]++;
    if (commitmentOverdue(c, agreement, asOf)) overdue++;
  }
  return { kind: "statuses", total: commitments.length, counts, overdue };
}
