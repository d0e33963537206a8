import ical from "ical-generator";
import { numberRanges } from "../../core/text/ranges.js";
import { messages } from "../../i18n/index.js";
import type { DueFormatter } from "./types.js";

const midnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An iCalendar file with one all-day event per review. The UID depends only on the agreement and the
 * review number, so importing a newer file updates the event instead of duplicating it; DTSTAMP is the
 * as-of date, so the output depends on nothing but the data.
 */
export const ics: DueFormatter = ({ asOf, lang, reviews }) => {
  const vi = lang === "vi";
  const calendar = ical({
    name: vi ? "Lịch họp đánh giá thỏa thuận hợp tác" : "Cooperation agreement reviews",
    prodId: { company: "mou", product: "mou", language: lang.toUpperCase() },
  });
  for (const r of reviews) {
    const lines = vi
      ? [
          `Thỏa thuận: ${r.title} (${r.agreement})`,
          `Hạn: ${r.due} (${messages("vi").labels.reviewState[r.state]})`,
          ...(r.missed.length ? [`Kỳ bị bỏ lỡ: ${numberRanges(r.missed)}`] : []),
          `Tệp: ${r.file}`,
        ]
      : [
          `Agreement: ${r.title} (${r.agreement})`,
          `Due: ${r.due} (${messages("en").labels.reviewState[r.state]})`,
          ...(r.missed.length ? [`Missed reviews: ${numberRanges(r.missed)}`] : []),
          `File: ${r.file}`,
        ];
    calendar.createEvent({
      id: `${r.agreement}-review-${r.number}@mou`,
      start: midnightUtc(r.due),
      allDay: true,
      stamp: midnightUtc(asOf),
      summary: vi ? `Họp đánh giá lần ${r.number}: ${r.title}` : `Review no. ${r.number}: ${r.title}`,
      description: lines.join("\n"),
    });
  }
  return calendar.toString();
};
