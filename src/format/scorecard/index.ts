import type { Grouping, ScorecardRow } from "../../core/measures/scorecard.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { ScorecardFormat } from "../formats.js";
import { type Cell, type Listing, type ListingOptions, listingFormats, stateTones } from "../listing.js";

export interface ScorecardView {
  asOf: string;
  lang: Lang;
  by: Grouping;
  rows: readonly ScorecardRow[];
  total: ScorecardRow;
}

/** A number for every format: "—" when absent, an empty cell in a spreadsheet, a number in it otherwise. */
const num = (n: number | null): Cell => ({ text: n === null ? "—" : String(n), value: n });
const text = (t: string | null | undefined): Cell => (t ? { text: t } : { text: "—", value: null });

/**
 * The scorecard as a table: a compact one for the terminal (counts that need attention coloured), and
 * every number in a column of its own for CSV and Markdown. The last row is the portfolio's total.
 */
function scorecardListing({ rows, total, by, lang }: ScorecardView, full: boolean): Listing {
  const t = messages(lang).scorecard;
  const h = t.headers;
  const state = (s: keyof typeof stateTones) => messages(lang).labels.reviewState[s];
  const body = rows.length === 0 ? [] : [...rows, total];
  // Agreements, parties and units have an id besides their name; agencies and sectors are their name.
  const named = by === "agreement" || by === "party" || by === "unit";
  const compact = (r: ScorecardRow): Cell[] => {
    const c = r.commitments;
    const behind = r.indicators["off-track"] + r.indicators.missed;
    const next = r.reviews.next;
    return [
      { text: r === total ? r.label : by === "agreement" ? (r.key ?? "") : r.label },
      {
        text: `${c.done}/${c.total}${c.donePercent === null ? "" : ` (${c.donePercent}%)`}`,
        ...(c.done > 0 ? { tone: "green" as const } : {}),
      },
      { text: String(c.stalled), ...(c.stalled > 0 ? { tone: "yellow" as const } : {}) },
      { text: String(c.pastDue), ...(c.pastDue > 0 ? { tone: "red" as const } : {}) },
      { text: `${behind}/${r.indicators.total}`, ...(behind > 0 ? { tone: "yellow" as const } : {}) },
      {
        text: `${r.reviews.held}/${r.reviews.due ?? "—"}`,
        ...(r.reviews.missed > 0 ? { tone: "yellow" as const } : {}),
      },
      next === null
        ? { text: "—" }
        : {
            text: t.next({ number: next.number, due: next.due, state: state(next.state) }),
            tone: stateTones[next.state],
          },
    ];
  };
  const every = (r: ScorecardRow): Cell[] => {
    const c = r.commitments;
    const i = r.indicators;
    const n = r.reviews.next;
    return [
      ...(named ? [text(r.key)] : []),
      { text: r.label },
      num(r.agreements.length),
      ...[c.total, c.done, c["in-progress"], c.stalled, c["not-started"], c.dropped].map(num),
      num(c.donePercent),
      num(c.pastDue),
      ...[i.total, i.achieved, i["on-track"], i["off-track"], i.missed, i["no-data"], i.unknown].map(num),
      num(r.reviews.held),
      num(r.reviews.due),
      num(r.reviews.missed),
      text(r.reviews.last),
      num(r.reviews.daysSinceLast),
      text(n?.agreement),
      num(n?.number ?? null),
      text(n?.due),
      text(n === null ? null : state(n.state)),
      num(n?.days ?? null),
    ];
  };
  const right = (header: string) => ({ header, align: "right" as const });
  return {
    columns: full
      ? [
          ...(named ? [{ header: h[by] }] : []),
          { header: named ? h.title : h[by], wrap: true },
          ...[h.agreements, h.total, h.done, h["in-progress"], h.stalled, h["not-started"], h.dropped].map(right),
          ...[h.donePercent, h.pastDue, h.indicators, h.achieved, h["on-track"], h["off-track"], h.missed].map(right),
          ...[h["no-data"], h.unknown, h.held, h.due, h.missedReviews].map(right),
          { header: h.last },
          right(h.daysSinceLast),
          { header: h.nextAgreement },
          right(h.nextNumber),
          { header: h.nextDue },
          { header: h.nextState },
          right(h.nextDays),
        ]
      : [
          { header: h[by], wrap: by !== "agreement" },
          right(h.done),
          right(h.stalled),
          right(h.pastDue),
          { ...right(h.behind), drop: 2 },
          { ...right(h.reviews), drop: 1 },
          { header: h.next, short: h.nextShort },
        ],
    rows: body.map(full ? every : compact),
    empty: t.empty,
  };
}

/** The documented JSON shape (docs/measures.md): {"asOf", "by", "rows": [row…], "total": row}. */
const json = ({ asOf, by, rows, total }: ScorecardView) => `${JSON.stringify({ asOf, by, rows, total }, null, 2)}\n`;

export const scorecardFormatters = { ...listingFormats(scorecardListing), json } satisfies Record<
  ScorecardFormat,
  (view: ScorecardView, options: ListingOptions) => string
>;
export type { ScorecardFormat };
