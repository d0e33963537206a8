import { numberRanges } from "../../core/text/ranges.js";
import { messages } from "../../i18n/index.js";
import { type Listing, listingFormats, stateTones } from "../listing.js";
import type { DueView } from "./types.js";

const headers = {
  vi: ["Thỏa thuận", "Kỳ", "Hạn", "Trạng thái", "Số ngày", "Kỳ bị bỏ lỡ"],
  en: ["Agreement", "Review", "Due", "State", "Days", "Missed"],
};

export function dueListing({ reviews, lang }: DueView): Listing {
  const [agreement, number, due, state, days, missed] = headers[lang];
  return {
    columns: [
      { header: agreement! },
      { header: number!, align: "right" },
      { header: due! },
      { header: state! },
      { header: days!, align: "right" },
      { header: missed! },
    ],
    rows: reviews.map((r) => [
      { text: r.agreement },
      { text: String(r.number) },
      { text: r.due },
      { text: messages(lang).labels.reviewState[r.state], tone: stateTones[r.state] },
      { text: String(r.days) },
      { text: numberRanges(r.missed) },
    ]),
    empty: lang === "vi" ? "Không có kỳ đánh giá nào." : "No reviews.",
  };
}

export const { table, csv, md } = listingFormats(dueListing);
