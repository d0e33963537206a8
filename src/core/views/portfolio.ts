import type { Lang } from "../../i18n/lang.js";
import type { AgreementFile, AgreementStatus, CommitmentStatus } from "../model/agreement.js";
import { agreementStatuses } from "../model/enums.js";
import { type UnitRegistry, withShortNames } from "../parties/units.js";
import { type ReviewState, scheduleOf } from "../schedule/schedule.js";
import { type ReviewCalendar, reviewCalendar } from "./calendar.js";
import { type AgreementRow, agreementRows } from "./list.js";
import type { ViewMemo } from "./memo.js";
import { emptyStatusCounts, type Scorecard, statusScorecard } from "./scorecard.js";
import { type TimelineAxis, type TimelineTrack, timelineAxis, timelineTrack } from "./timeline.js";

export interface PortfolioRow extends AgreementRow {
  /** The parties' short names, without notes: a compact label ("Nghệ An", "Quảng Ngãi"). */
  shortNames: string[];
  scorecard: Scorecard;
  timeline: TimelineTrack;
}

/** The whole portfolio on one date: what a leader's overview shows. */
export interface PortfolioView {
  asOf: string;
  agreements: PortfolioRow[];
  counts: {
    agreements: Record<AgreementStatus, number>;
    /** Next reviews by state; `none` for agreements without one (no rule, not active, or expiring first). */
    reviews: Record<ReviewState | "none", number>;
    commitments: Record<CommitmentStatus, number> & { total: number; overdue: number };
  };
  calendar: ReviewCalendar;
  axis: TimelineAxis;
}

export interface PortfolioOptions {
  asOf: string;
  lang: Lang;
  remind?: string;
  units?: UnitRegistry;
  /** Schedules and names already worked out for the same day, remind setting and units. */
  memo?: ViewMemo;
}

/** Every agreement with its next review, scorecard and timeline, and the counts and calendar over them. */
export function portfolioView(files: readonly AgreementFile[], options: PortfolioOptions): PortfolioView {
  const { asOf, memo } = options;
  const byId = new Map(files.map((f) => [f.agreement.id, f.agreement]));
  const scheduleOptions = options.remind === undefined ? { asOf } : { asOf, remind: options.remind };
  const agreements: PortfolioRow[] = agreementRows(files, options).map((row) => {
    const a = byId.get(row.id)!;
    return {
      ...row,
      shortNames: (memo ? memo.shortNames(a, options.lang) : withShortNames(options.units, a, options)).map(
        (p) => p.short!,
      ),
      scorecard: statusScorecard(a, asOf),
      timeline: timelineTrack(a, memo ? memo.schedule(a) : scheduleOf(a, scheduleOptions)),
    };
  });

  const statuses = Object.fromEntries(agreementStatuses.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  const reviews: Record<ReviewState | "none", number> = { overdue: 0, "due-soon": 0, scheduled: 0, none: 0 };
  const commitments = { ...emptyStatusCounts(), total: 0, overdue: 0 };
  for (const row of agreements) {
    statuses[row.status]++;
    reviews[row.next?.state ?? "none"]++;
    const card = row.scorecard;
    for (const [status, n] of Object.entries(card.counts)) commitments[status as CommitmentStatus] += n;
    commitments.total += card.total;
    commitments.overdue += card.overdue;
  }
  return {
    asOf,
    agreements,
    counts: { agreements: statuses, reviews, commitments },
    calendar: reviewCalendar(agreements, asOf),
    axis: timelineAxis(
      agreements.map((r) => r.timeline),
      asOf,
    ),
  };
}
