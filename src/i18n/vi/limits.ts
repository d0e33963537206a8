import type { Catalogue } from "../catalogue.js";

export const limits: Catalogue["limits"] = {
  dateOutOfRange: (p) => `${p.option} phải là ngày từ ${p.first} đến ${p.last}, không phải "${p.value}"`,
  durationTooLong: (p) => `${p.option} không được dài quá một thế kỷ (P100Y), không phải "${p.value}"`,
  reviewBeyondCalendar: (p) =>
    `kỳ đánh giá lần ${p.number} rơi vào sau ngày ${p.last}, ngày cuối cùng mou xử lý ` +
    `(lịch đánh giá có ${p.count} kỳ đến ngày đó)`,
};
