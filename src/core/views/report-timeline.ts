import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Agreement } from "../model/agreement.js";
import { type ReviewState, scheduleOf } from "../schedule/schedule.js";
import type { ReportPeriod } from "./report-period.js";

/** How many missed reviews the timeline marks one by one, and how many events it shows in all. */
export const MAX_MISSED_MARKS = 24;
const MAX_EVENTS = 48;

export interface TimelineEvent {
  date: string;
  kind: "start" | "held" | "extra" | "missed" | "next" | "following" | "today";
  label: string;
  /** The state of the next review. */
  state?: ReviewState;
}

/** The review history of an agreement as dated events: signing, reviews held and missed, the next ones, today. */
export function timelineOf(
  a: Agreement,
  period: ReportPeriod,
  options: { asOf: string; lang: Lang; remind?: string },
): TimelineEvent[] {
  const { asOf, lang } = options;
  const t = messages(lang).report.charts;
  const schedule = scheduleOf(a, options.remind === undefined ? { asOf } : { asOf, remind: options.remind });
  const events: TimelineEvent[] = [];
  if (a.signed) events.push({ date: a.signed, kind: "start", label: a.kind === "project" ? t.approved : t.signed });
  const numbered = new Map((schedule?.held ?? []).map((h) => [h.review, h.number]));
  for (const r of a.reviews ?? []) {
    if (r.date > asOf) continue;
    const number = numbered.get(r);
    events.push(
      number === undefined
        ? { date: r.date, kind: "extra", label: t.extra }
        : { date: r.date, kind: "held", label: t.held({ number }) },
    );
  }
  const next = schedule?.next ?? null;
  if (schedule && next)
    // A file may leave thousands of reviews unheld: the chart marks the first few, the text names them all.
    for (const n of next.missed.slice(0, MAX_MISSED_MARKS))
      events.push({ date: schedule.dueOf(n), kind: "missed", label: t.missed({ number: n }) });
  if (next)
    events.push({
      date: next.due,
      kind: "next",
      state: next.state,
      label: t.next({ number: next.number, state: messages(lang).labels.reviewState[next.state] }),
    });
  const following = period.following;
  if (following && (next === null || following.number > next.number))
    events.push({ date: following.date, kind: "following", label: t.following({ number: following.number }) });
  events.push({ date: asOf, kind: "today", label: t.today });
  // Stable: by date, then in the order above (signing before a review on the same day, today last).
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (x.e.date < y.e.date ? -1 : x.e.date > y.e.date ? 1 : x.i - y.i))
    .map((x) => x.e);
  // A line of thousands of meetings is unreadable (and slow to draw): the signing and the latest ones.
  return sorted.length <= MAX_EVENTS ? sorted : [sorted[0]!, ...sorted.slice(-(MAX_EVENTS - 1))];
}
