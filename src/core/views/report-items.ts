import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { ReviewRecord } from "../measures/reviews.js";
import { shortDate } from "../text/date-text.js";
import { numberRanges } from "../text/ranges.js";
import type { ReportCommitment, ReportIndicator } from "./report-commitments.js";
import type { ReportPeriod } from "./report-period.js";

interface ItemsInput {
  lang: Lang;
  all: readonly ReportCommitment[];
  indicators: readonly ReportIndicator[];
  reviews: ReviewRecord;
  period: ReportPeriod;
}

/**
 * Sections II to IV of the report, derived from the data alone: the difficulties (stalled, past due, not
 * started, indicators behind or without data, reviews not held), the tasks for the next period that follow
 * from them, and what to ask of the partners. Causes are for the officers to write: the tool states facts.
 */
export function reportItems({ lang, all, indicators, reviews, period }: ItemsInput) {
  const t = messages(lang).report;
  const ids = (list: readonly ReportCommitment[]) => ({ count: list.length, ids: list.map((c) => c.id).join(", ") });
  const refs = (list: readonly ReportIndicator[]) => ({
    count: list.length,
    titles: list.map((i) => t.indicatorRef({ title: i.title, id: i.commitment })).join("; "),
  });
  const stalled = all.filter((c) => c.status === "stalled");
  const pastDue = all.filter((c) => c.overdue);
  const notStarted = all.filter((c) => c.status === "not-started" && !c.overdue);
  const going = all.filter((c) => c.status === "in-progress" && !c.overdue);
  const behind = indicators.filter((i) => i.track === "off-track" || i.track === "missed");
  const noData = indicators.filter((i) => i.track === "no-data");
  const next = reviews.next;
  const overdueReview = next !== null && next.state === "overdue" ? next : undefined;

  const difficulties = [
    ...stalled.map((c) => t.difficulties.stalled({ id: c.id, title: c.title, note: c.lastNote ?? "" })),
    ...pastDue.map((c) => t.difficulties.pastDue({ id: c.id, due: c.due ?? "", status: c.statusLabel })),
    ...(notStarted.length > 0 ? [t.difficulties.notStarted(ids(notStarted))] : []),
    ...behind.map((i) =>
      i.track === "missed"
        ? t.difficulties.missed({ title: i.title, id: i.commitment, by: i.by ?? "", percent: i.percent || "—" })
        : t.difficulties.offTrack({
            title: i.title,
            id: i.commitment,
            percent: i.percent || "—",
            expected: i.expected,
          }),
    ),
    ...(noData.length > 0 ? [t.difficulties.noData(refs(noData))] : []),
    ...(reviews.missed.length > 0
      ? [t.difficulties.missedReviews({ count: reviews.missed.length, numbers: numberRanges(reviews.missed) })]
      : []),
    ...(overdueReview
      ? [
          t.difficulties.overdueReview({
            number: overdueReview.number,
            due: shortDate(overdueReview.due, lang),
            days: -overdueReview.days,
          }),
        ]
      : []),
  ];

  const review = period.review;
  const tasks = [
    ...(stalled.length > 0 ? [t.tasks.stalled(ids(stalled))] : []),
    ...(pastDue.length > 0 ? [t.tasks.pastDue(ids(pastDue))] : []),
    ...(notStarted.length > 0 ? [t.tasks.notStarted(ids(notStarted))] : []),
    ...(going.length > 0 ? [t.tasks.continue(ids(going))] : []),
    ...(behind.length > 0 ? [t.tasks.pace(refs(behind))] : []),
    ...(noData.length > 0 ? [t.tasks.data(refs(noData))] : []),
    ...(review !== undefined && review.held === undefined
      ? [t.tasks.review({ number: review.number, date: review.scheduled ? shortDate(review.scheduled, lang) : "" })]
      : []),
    ...(period.following
      ? [t.tasks.following({ number: period.following.number, date: shortDate(period.following.date, lang) })]
      : []),
  ];

  const notHeld = [...reviews.missed, ...(overdueReview ? [overdueReview.number] : [])];
  const proposals = [
    ...(notHeld.length > 0 ? [t.proposals.reviews({ count: notHeld.length, numbers: numberRanges(notHeld) })] : []),
    ...(pastDue.length > 0 ? [t.proposals.deadlines(ids(pastDue))] : []),
    ...(noData.length > 0 ? [t.proposals.data] : []),
  ];
  return { difficulties: difficulties.length > 0 ? difficulties : [t.difficulties.none], tasks, proposals };
}
