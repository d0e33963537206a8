import { numberRanges } from "../../core/text/ranges.js";
import { messages } from "../../i18n/index.js";
import { type Listing, listingFormats, stateTones } from "../listing.js";
import type { DueView } from "./types.js";

export function dueListing({ reviews, lang }: DueView): Listing {
  const m = messages(lang);
  const h = m.tables.due;
  return {
    columns: [
      { header: h.agreement },
      { header: h.number, align: "right" },
      { header: h.due },
      { header: h.state },
      { header: h.days, align: "right", drop: 2 },
      { header: h.missed, drop: 1 },
    ],
    rows: reviews.map((r) => [
      { text: r.agreement },
      { text: String(r.number), value: r.number },
      { text: r.due },
      { text: m.labels.reviewState[r.state], tone: stateTones[r.state] },
      { text: String(r.days), value: r.days },
      { text: numberRanges(r.missed), value: r.missed.length === 0 ? null : numberRanges(r.missed) },
    ]),
    empty: h.empty,
  };
}

export const { table, tableTo, csv, md } = listingFormats(dueListing);
