import type { CommitmentRow } from "../../core/views/commitments.js";
import { messages, sectorName } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { CommitmentsFormat } from "../formats.js";
import { jsonList } from "../json-list.js";
import { type Listing, type ListingOptions, listingFormats } from "../listing.js";
import { wholeText } from "../long-text.js";

export interface CommitmentsView {
  asOf: string;
  lang: Lang;
  commitments: readonly CommitmentRow[];
}

const statusTone = (status: CommitmentRow["status"]) =>
  status === "stalled" ? ({ tone: "yellow" } as const) : status === "done" ? ({ tone: "green" } as const) : {};

function commitmentsListing({ commitments, lang }: CommitmentsView, full: boolean): Listing {
  const m = messages(lang);
  const h = m.tables.commitments;
  const status = (r: CommitmentRow) => ({ text: m.labels.commitmentStatus[r.status], ...statusTone(r.status) });
  const due = (r: CommitmentRow) =>
    r.due === null ? { text: "—", value: null } : { text: r.due, ...(r.overdue ? { tone: "red" as const } : {}) };
  if (full) {
    return {
      columns: [
        { header: h.agreement },
        { header: h.id, align: "right" },
        { header: h.title },
        { header: h.lead },
        { header: h.support },
        { header: h.sectors },
        { header: h.status },
        { header: h.due },
        { header: h.overdue },
      ],
      rows: commitments.map((r) => [
        { text: r.agreement },
        { text: r.id },
        { text: r.title },
        { text: r.leadText.join("; ") },
        { text: r.supportText.join("; ") },
        { text: r.sectors.map((s) => sectorName(s, lang)).join(", ") },
        status(r),
        due(r),
        { text: r.overdue ? h.yes : h.no },
      ]),
      empty: h.empty,
    };
  }
  // On a terminal the agreement is a section title, not a column repeated on every row; the support
  // column appears when a filter matched a row through it, so that the reason for the row is visible.
  const support = commitments.some((r) => r.viaSupport);
  return {
    columns: [
      { header: h.id, align: "right" },
      { header: h.title, wrap: true, min: 24 },
      { header: h.lead, wrap: true, drop: 2 },
      ...(support ? [{ header: h.support, wrap: true, drop: 3 }] : []),
      { header: h.status, drop: 1 },
      { header: h.due },
    ],
    rows: commitments.map((r) => [
      { text: r.id },
      { text: r.title },
      { text: r.leadText.join("; ") },
      ...(support ? [{ text: r.supportText.join("; ") }] : []),
      status(r),
      due(r),
    ]),
    sections: commitments.map((r) => r.agreement),
    empty: h.empty,
  };
}

/**
 * SPEC §5: {"asOf", "commitments": [{agreement, id, title, status, lead, sectors, due, overdue, file}]}, as
 * it is written (see `LongText`): the same text as `json`, never held whole.
 */
export const commitmentsJson = ({ asOf, commitments }: CommitmentsView) =>
  jsonList(
    { asOf },
    "commitments",
    commitments,
    ({ agreement, id, title, status, lead, sectors, due, overdue, file }) => ({
      agreement,
      id,
      title,
      status,
      lead,
      sectors,
      due,
      overdue,
      file,
    }),
  );
const json = (view: CommitmentsView) => wholeText(commitmentsJson(view));

export const commitmentsFormatters = { ...listingFormats(commitmentsListing), json } satisfies Record<
  CommitmentsFormat,
  (view: CommitmentsView, options: ListingOptions) => string
>;
export type { CommitmentsFormat };
