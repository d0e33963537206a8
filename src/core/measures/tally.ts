import type { Agreement, Commitment, CommitmentStatus } from "../model/agreement.js";
import { commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { commitmentStatuses } from "../model/enums.js";
import { progressOf, type Track, tracks } from "./progress.js";

/** Commitments by status, and their indicators by track: what the scorecard and the report count. */
export interface Tally {
  commitments: Record<CommitmentStatus, number> & {
    total: number;
    /** Done, in per cent of the commitments that were not dropped (one decimal); null when there are none. */
    donePercent: number | null;
    /** Past their `due` date and neither done nor dropped. */
    pastDue: number;
  };
  indicators: Record<Track, number> & { total: number };
}

export function emptyTally(): Tally {
  const commitments = Object.fromEntries(commitmentStatuses.map((s) => [s, 0])) as Record<CommitmentStatus, number>;
  const indicators = Object.fromEntries(tracks.map((t) => [t, 0])) as Record<Track, number>;
  return {
    commitments: { total: 0, ...commitments, donePercent: null, pastDue: 0 },
    indicators: { total: 0, ...indicators },
  };
}

/** Adds one commitment of an agreement (and its indicators) to a tally, in place. */
export function count(tally: Tally, commitment: Commitment, agreement: Agreement, asOf: string): void {
  const c = tally.commitments;
  c.total++;
  c[commitmentStatusOf(commitment)]++;
  if (commitmentOverdue(commitment, agreement, asOf)) c.pastDue++;
  const counted = c.total - c.dropped;
  c.donePercent = counted === 0 ? null : Math.round((1000 * c.done) / counted) / 10;
  for (const indicator of commitment.indicators ?? []) {
    tally.indicators.total++;
    tally.indicators[progressOf(indicator, asOf).track]++;
  }
}

/** The tally of some of an agreement's commitments. */
export function tallyOf(commitments: readonly Commitment[], agreement: Agreement, asOf: string): Tally {
  const tally = emptyTally();
  for (const c of commitments) count(tally, c, agreement, asOf);
  return tally;
}
