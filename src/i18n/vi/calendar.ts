import type { Catalogue } from "../catalogue.js";

export const calendar: Catalogue["calendar"] = {
  name: "Lịch họp đánh giá thỏa thuận hợp tác",
  summary: (p) => `Họp đánh giá lần ${p.number}: ${p.title}`,
  agreement: (p) => `Thỏa thuận: ${p.title} (${p.id})`,
  due: (p) => `Hạn: ${p.due} (${p.state})`,
  missed: (p) => `Kỳ bị bỏ lỡ: ${p.numbers}`,
  alarm: (p) => `Sắp đến hạn họp đánh giá lần ${p.number} của ${p.title} (ngày ${p.due})`,
  empty: "mou: không có kỳ đánh giá nào khớp; lịch không có sự kiện",
};
