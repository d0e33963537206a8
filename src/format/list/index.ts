import type { AgreementRow } from "../../core/views/list.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { ListFormat } from "../formats.js";
import { jsonList } from "../json-list.js";
import { type Listing, type ListingOptions, listingFormats, stateTones } from "../listing.js";
import { wholeText } from "../long-text.js";

export interface ListView {
  asOf: string;
  lang: Lang;
  agreements: readonly AgreementRow[];
}

function listListing({ agreements, lang }: ListView, full: boolean): Listing {
  const m = messages(lang);
  const h = m.tables.list;
  const state = (r: AgreementRow) =>
    r.next === null
      ? { text: "—", value: null }
      : { text: m.labels.reviewState[r.next.state], tone: stateTones[r.next.state] };
  if (full) {
    // One fact per column, so that a spreadsheet can sort by the date.
    return {
      columns: [
        { header: h.id },
        { header: h.title },
        { header: h.kind },
        { header: h.parties },
        { header: h.signed },
        { header: h.status },
        { header: h.nextNumber, align: "right" },
        { header: h.nextDue },
        { header: h.days, align: "right" },
        { header: h.state },
      ],
      rows: agreements.map((r) => [
        { text: r.id },
        { text: r.title },
        { text: m.labels.kind[r.kind] },
        { text: r.partyNames.join(", ") },
        { text: r.signed ?? "—", value: r.signed },
        { text: m.labels.agreementStatus[r.status] },
        r.next === null ? { text: "—", value: null } : { text: String(r.next.number), value: r.next.number },
        { text: r.next?.due ?? "—", value: r.next?.due ?? null },
        r.next === null ? { text: "—", value: null } : { text: String(r.next.days), value: r.next.days },
        state(r),
      ]),
      empty: h.empty,
    };
  }
  return {
    columns: [
      { header: h.id },
      { header: h.parties, wrap: true, drop: 3 },
      { header: h.signed, drop: 1 },
      { header: h.status, drop: 2 },
      { header: h.next, short: h.nextShort },
      { header: h.state },
    ],
    rows: agreements.map((r) => [
      { text: r.id },
      { text: r.partyNames.join(", ") },
      { text: r.signed ?? "—", value: r.signed },
      { text: m.labels.agreementStatus[r.status] },
      r.next === null ? { text: "—", value: null } : { text: h.nextText({ number: r.next.number, due: r.next.due }) },
      state(r),
    ]),
    empty: h.empty,
  };
}

/** The JSON as it is written (see `LongText`): the same text as `json`, never held whole. */
export const listJson = ({ asOf, agreements }: ListView) =>
  jsonList({ asOf }, "agreements", agreements, ({ id, title, kind, status, signed, parties, next, file }) => ({
    id,
    title,
    kind,
    status,
    signed,
    parties,
    next,
    file,
  }));
const json = (view: ListView) => wholeText(listJson(view));

export const listFormatters = { ...listingFormats(listListing), json } satisfies Record<
  ListFormat,
  (view: ListView, options: ListingOptions) => string
>;
export type { ListFormat };
