import type { CommitmentRow } from "../../core/views/commitments.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { CommitmentsFormat } from "../formats.js";
import { type Listing, type ListingOptions, listingFormats } from "../listing.js";

export interface CommitmentsView {
  asOf: string;
  lang: Lang;
  commitments: readonly CommitmentRow[];
}

const headers = {
  vi: {
    agreement: "Thỏa thuận",
    id: "Số",
    title: "Nội dung",
    lead: "Chủ trì",
    support: "Phối hợp",
    sectors: "Lĩnh vực",
    status: "Tiến độ",
    due: "Hạn",
  },
  en: {
    agreement: "Agreement",
    id: "No.",
    title: "Commitment",
    lead: "Lead",
    support: "Support",
    sectors: "Sectors",
    status: "Status",
    due: "Due",
  },
};

function commitmentsListing({ commitments, lang }: CommitmentsView, full: boolean): Listing {
  const h = headers[lang];
  const extra = (r: CommitmentRow) =>
    full ? [{ text: r.supportText.join("; ") }, { text: r.sectors.join(", ") }] : [];
  return {
    columns: [
      { header: h.agreement },
      { header: h.id, align: "right" },
      { header: h.title, wrap: true },
      { header: h.lead, wrap: true },
      ...(full ? [{ header: h.support, wrap: true }, { header: h.sectors }] : []),
      { header: h.status },
      { header: h.due },
    ],
    rows: commitments.map((r) => [
      { text: r.agreement },
      { text: r.id },
      { text: r.title },
      { text: r.leadText.join("; ") },
      ...extra(r),
      {
        text: messages(lang).labels.commitmentStatus[r.status],
        ...(r.status === "stalled"
          ? { tone: "yellow" as const }
          : r.status === "done"
            ? { tone: "green" as const }
            : {}),
      },
      r.due === null ? { text: "—" } : { text: r.due, ...(r.overdue ? { tone: "red" as const } : {}) },
    ]),
    empty: lang === "vi" ? "Không có nội dung nào khớp." : "No commitments match.",
  };
}

/** SPEC §5: {"asOf", "commitments": [{agreement, id, title, status, lead, sectors, due, overdue, file}]}. */
const json = ({ asOf, commitments }: CommitmentsView) =>
  `${JSON.stringify(
    {
      asOf,
      commitments: commitments.map(({ agreement, id, title, status, lead, sectors, due, overdue, file }) => ({
        agreement,
        id,
        title,
        status,
        lead,
        sectors,
        due,
        overdue,
        file,
      })),
    },
    null,
    2,
  )}\n`;

export const commitmentsFormatters = { ...listingFormats(commitmentsListing), json } satisfies Record<
  CommitmentsFormat,
  (view: CommitmentsView, options: ListingOptions) => string
>;
export type { CommitmentsFormat };
