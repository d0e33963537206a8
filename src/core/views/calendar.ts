import { addDuration } from "../schedule/duration.js";
import type { ReviewState } from "../schedule/schedule.js";
import type { AgreementRow } from "./list.js";

export interface CalendarEntry {
  agreement: string;
  title: string;
  number: number;
  due: string;
  state: ReviewState;
  days: number;
}

/** The next reviews of the portfolio as a leader plans them: what is late, what is close, what comes. */
export interface ReviewCalendar {
  overdue: CalendarEntry[];
  dueSoon: CalendarEntry[];
  /** Scheduled reviews within the horizon, by month ("YYYY-MM"), months in order. */
  months: { month: string; entries: CalendarEntry[] }[];
  /** Scheduled reviews beyond the horizon (they are on the timeline). */
  later: number;
}

const TWELVE_MONTHS = { years: 0, months: 12, weeks: 0, days: 0 };

/** The calendar of next reviews, soonest first, with scheduled ones up to twelve months ahead. */
export function reviewCalendar(rows: readonly AgreementRow[], asOf: string): ReviewCalendar {
  const horizon = addDuration(asOf, TWELVE_MONTHS);
  const entries: CalendarEntry[] = rows
    .filter((r) => r.next !== null)
    .map((r) => ({ agreement: r.id, title: r.title, ...r.next! }))
    .sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : x.agreement < y.agreement ? -1 : 1));
  const months = new Map<string, CalendarEntry[]>();
  let later = 0;
  for (const e of entries) {
    if (e.state !== "scheduled") continue;
    if (e.due > horizon) {
      later++;
      continue;
    }
    const month = e.due.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(e);
    else months.set(month, [e]);
  }
  return {
    overdue: entries.filter((e) => e.state === "overdue"),
    dueSoon: entries.filter((e) => e.state === "due-soon"),
    months: [...months].map(([month, list]) => ({ month, entries: list })),
    later,
  };
}
