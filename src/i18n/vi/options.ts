import type { Catalogue } from "../catalogue.js";

export const options: Catalogue["options"] = {
  date: (p) =>
    `${p.name} phải là ngày có thật, viết YYYY-MM-DD (hoặc ngày/tháng/năm, ví dụ 24/7/2025), không phải “${p.value}”`,
  dateRead: (p) => `mou: ${p.name} ${p.value} được hiểu là ngày ${p.iso}`,
  positive: (p) => `${p.name} phải là số nguyên từ 1 trở lên (1, 2, …), không phải “${p.value}”`,
  duration: (p) =>
    `${p.name} phải là khoảng thời gian như P30D (30 ngày), P3M (3 tháng) hoặc P1Y (1 năm), không phải “${p.value}”`,
  choice: (p) => `“${p.value}” không nằm trong các giá trị ${p.choices}`,
  didYouMean: (p) => `; có phải ${p.suggestion} không?`,
  unknownOption: (p) => `không có tùy chọn ${p.option}${p.hint}`,
  unknownCommand: (p) => `không có lệnh “${p.command}”${p.hint} (xem danh sách lệnh bằng mou --help)`,
  missingArgument: (p) => `thiếu đối số ${p.argument}`,
  missingValue: (p) => `tùy chọn ${p.option} cần có giá trị`,
  missingOption: (p) => `thiếu tùy chọn bắt buộc ${p.option}`,
  invalidValue: (p) => `giá trị “${p.value}” của ${p.option} không hợp lệ: ${p.detail}`,
  excessArguments: (p) => `lệnh ${p.command} có quá nhiều đối số: cần ${p.expected}, nhưng có ${p.got}`,
  timeZone: (p) => `múi giờ “${p.zone}” trong mou.config.yaml không hợp lệ; dùng tên IANA, ví dụ ${p.example}`,
};
