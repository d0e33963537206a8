import type { Agreement } from "../model/agreement.js";
import { startOf } from "../model/agreement.js";
import { dayNumber } from "../schedule/dates.js";
import { addDuration } from "../schedule/duration.js";
import type { ReviewState, Schedule } from "../schedule/schedule.js";

/** One point on an agreement's line: a meeting held, a scheduled review never held, or the next one. */
export type TimelineMark =
  | { kind: "held"; date: string; number: number }
  | { kind: "extra"; date: string }
  | { kind: "missed"; date: string; number: number }
  | { kind: "next"; date: string; number: number; state: ReviewState };

export interface TimelineTrack {
  /** Where the agreement's line begins (effective, else signed) and ends (expires), when known. */
  start?: string;
  end?: string;
  marks: TimelineMark[];
  /** Missed reviews left off the line because there are more than `MAX_MISSED_MARKS`. */
  missedNotShown: number;
}

/** A file may claim a review number in the thousands; the line shows the first missed ones only. */
export const MAX_MISSED_MARKS = 24;

/** The reviews of one agreement as marks in date order: held (and extra) meetings, missed reviews, the next. */
export function timelineTrack(agreement: Agreement, schedule: Schedule | undefined): TimelineTrack {
  const start = startOf(agreement);
  const numbered = new Map(schedule?.held.map((h) => [h.review, h.number]));
  const marks: TimelineMark[] = (agreement.reviews ?? []).map((r) => {
    const number = numbered.get(r);
    return number === undefined ? { kind: "extra", date: r.date } : { kind: "held", date: r.date, number };
  });
  const next = schedule?.next;
  const missed = schedule?.mode === "fixed" && next ? next.missed : [];
  for (const n of missed.slice(0, MAX_MISSED_MARKS))
    marks.push({ kind: "missed", date: schedule!.dueOf(n), number: n });
  if (next) marks.push({ kind: "next", date: next.due, number: next.number, state: next.state });
  marks.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return {
    ...(start !== undefined ? { start } : {}),
    ...(agreement.expires !== undefined ? { end: agreement.expires } : {}),
    marks,
    missedNotShown: Math.max(0, missed.length - MAX_MISSED_MARKS),
  };
}

/** The span every line is drawn against, with a tick on the first of January of each year (thinned). */
export interface TimelineAxis {
  from: string;
  to: string;
  ticks: string[];
}

const YEAR = { years: 1, months: 0, weeks: 0, days: 0 };

/** A year after today, worked out once per day: every agreement's page draws its own axis. */
let yearAfter: { asOf: string; date: string } | undefined;
function aYearAfter(asOf: string): string {
  if (yearAfter?.asOf !== asOf) yearAfter = { asOf, date: addDuration(asOf, YEAR) };
  return yearAfter.date;
}

/**
 * From the earliest start or mark to a year after today or the latest mark, whichever is later; an
 * agreement's far `expires` does not stretch the axis (its line runs to the edge). At most about a dozen
 * year ticks.
 */
export function timelineAxis(tracks: readonly TimelineTrack[], asOf: string): TimelineAxis {
  let from = asOf;
  let to = aYearAfter(asOf);
  for (const t of tracks) {
    if (t.start !== undefined && t.start < from) from = t.start;
    for (const m of t.marks) {
      if (m.date < from) from = m.date;
      if (m.date > to) to = m.date;
    }
  }
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  const ticks: string[] = [];
  for (let y = first + 1; y <= last; y += step) ticks.push(`${String(y).padStart(4, "0")}-01-01`);
  return { from, to, ticks };
}

/** Where a date falls on the axis, from 0 (its start) to 1 (its end), clamped. */
export function axisPosition(axis: TimelineAxis, date: string): number {
  return axisScale(axis)(date);
}

/** `axisPosition` on one axis, its ends counted once for all the dates placed on it. */
export function axisScale(axis: TimelineAxis): (date: string) => number {
  const start = dayNumber(axis.from);
  const span = dayNumber(axis.to) - start;
  if (span <= 0) return () => 0;
  return (date) => Math.min(1, Math.max(0, (dayNumber(date) - start) / span));
}
