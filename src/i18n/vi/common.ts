import type { Catalogue } from "../catalogue.js";

export const common: Catalogue["common"] = {
  unknownAgreement: (p) => `không có thỏa thuận “${p.id}”${p.hint}`,
  duration: (p) =>
    (
      [
        [p.years, "năm"],
        [p.months, "tháng"],
        [p.weeks, "tuần"],
        [p.days, "ngày"],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, unit]) => `${n} ${unit}`)
      .join(" "),
  invalidAgreement: (p) =>
    `mou: thỏa thuận “${p.id}” (${p.file}) đang có lỗi nên chưa dùng được; hãy sửa các lỗi nêu trên`,
  didYouMean: (p) => `; có lẽ định viết “${p.suggestion}”`,
  skipped: (p) => `mou: đã bỏ qua ${p.count} tệp không hợp lệ; chạy mou validate để xem chi tiết`,
  nothingToChange: "không có gì để thay đổi: cần ghi --status, --due, --note hoặc --actual",
  threadStopped: (p) => `một luồng xử lý phụ đã dừng trước khi làm xong (mã thoát ${p.code})`,
  internalError: (p) =>
    `lỗi nội bộ của chương trình: ${p.message}${p.debug ? "" : " (chạy lại với --debug để xem chi tiết)"}`,
  severity: { error: "lỗi", warning: "cảnh báo" },
  summaryClean: (p) => `✔ Đã kiểm tra ${p.files} tệp: không có lỗi`,
  summary: (p) => `${p.errors} lỗi, ${p.warnings} cảnh báo trong ${p.files} tệp đã kiểm tra`,
  reviewCounts: (p) => `Kỳ đánh giá: ${p.overdue}, ${p.dueSoon}, ${p.scheduled} (ngày ${p.asOf})`,
};
