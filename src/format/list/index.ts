import type { AgreementRow } from "../../core/views/list.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { ListFormat } from "../formats.js";
import { type Listing, type ListingOptions, listingFormats, stateTones } from "../listing.js";

export interface ListView {
  asOf: string;
  lang: Lang;
  agreements: readonly AgreementRow[];
}

const headers = {
  vi: {
    id: "Thỏa thuận",
    title: "Tên",
    parties: "Các bên",
    signed: "Ngày ký",
    status: "Tình trạng",
    next: "Kỳ đánh giá tới",
    state: "Trạng thái",
  },
  en: {
    id: "Agreement",
    title: "Title",
    parties: "Parties",
    signed: "Signed",
    status: "Status",
    next: "Next review",
    state: "State",
  },
};

function listListing({ agreements, lang }: ListView, full: boolean): Listing {
  const h = headers[lang];
  const nextText = (r: AgreementRow) =>
    r.next === null ? "—" : `${lang === "vi" ? "lần" : "no."} ${r.next.number} · ${r.next.due}`;
  return {
    columns: [
      { header: h.id },
      ...(full ? [{ header: h.title, wrap: true }] : []),
      { header: h.parties, wrap: true },
      { header: h.signed },
      { header: h.status },
      { header: h.next },
      { header: h.state },
    ],
    rows: agreements.map((r) => [
      { text: r.id },
      ...(full ? [{ text: r.title }] : []),
      { text: r.partyNames.join(", ") },
      { text: r.signed ?? "—" },
      { text: messages(lang).labels.agreementStatus[r.status] },
      { text: nextText(r) },
      r.next === null
        ? { text: "—" }
        : { text: messages(lang).labels.reviewState[r.next.state], tone: stateTones[r.next.state] },
    ]),
    empty: lang === "vi" ? "Không có thỏa thuận nào." : "No agreements.",
  };
}

const json = ({ asOf, agreements }: ListView) =>
  `${JSON.stringify(
    {
      asOf,
      agreements: agreements.map(({ id, title, kind, status, signed, parties, next, file }) => ({
        id,
        title,
        kind,
        status,
        signed,
        parties,
        next,
        file,
      })),
    },
    null,
    2,
  )}\n`;

export const listFormatters = { ...listingFormats(listListing), json } satisfies Record<
  ListFormat,
  (view: ListView, options: ListingOptions) => string
>;
export type { ListFormat };
