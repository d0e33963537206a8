import { vietnameseDate } from "../../core/text/date-text.js";
import type { Catalogue } from "../catalogue.js";

export const agenda: Catalogue["agenda"] = {
  noParty: (p) => `thỏa thuận không có bên “${p.id}” (các bên: ${p.ids.join(", ")})`,
  noNextReview:
    "thỏa thuận không còn kỳ đánh giá tiếp theo (không còn hiệu lực hoặc hết hạn trước đó); chọn kỳ bằng --review",
  noSchedule: "thỏa thuận không quy định lịch đánh giá; ghi ngày họp bằng --date",
  pastDate: (p) =>
    `kỳ đánh giá lần ${p.number} đã đến hạn ${vietnameseDate(p.due)}, cách đây ${p.days} ngày; ` +
    "ghi ngày dự kiến tổ chức hội nghị bằng --date YYYY-MM-DD",
  notProvince: (p) =>
    `bên đăng cai “${p.name}” không phải tỉnh, thành phố của Việt Nam tại ngày họp: ghi ` +
    `${p.missing.map((m) => `--${m}`).join(" và ")}, hoặc khai báo ${p.missing.join(" và ")} cho bên này trong tệp`,
  badTimes: (p) =>
    "--times phải là các giờ bắt đầu dạng HH:MM theo thứ tự, cách nhau bằng dấu phẩy (tối đa 8), " +
    `không phải “${p.value}”`,
  noSigner: "lưu ý: chưa có tên người ký; ghi bằng --signer",
  subject: (p) => `Chương trình hội nghị đánh giá lần ${p.number}`,
};
