import type { Catalogue } from "../catalogue.js";

type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; có lẽ định viết ${q(p.suggestion)}`);

export const measures: Catalogue["measures"] = {
  track: {
    achieved: "đã đạt",
    "on-track": "đúng tiến độ",
    "off-track": "chậm tiến độ",
    missed: "quá hạn chưa đạt",
    "no-data": "chưa có số liệu",
    unknown: "chưa xác định được tiến độ",
  },
  direction: { increase: "tăng", decrease: "giảm" },
  edit: {
    actualSyntax: (p) => `--actual phải có dạng <mã chỉ tiêu>=<số>, ví dụ hoc-bong=12, không phải ${q(p.text)}`,
    actualNumber: (p) =>
      `--actual ${p.id}: ${q(p.value)} không phải là số; viết chữ số, dùng dấu chấm cho phần thập phân và không ` +
      "dùng dấu phân cách hàng nghìn (1500.5)",
    actualRange: (p) =>
      `--actual ${p.id}: ${p.value} vượt quá giới hạn: giá trị phải nằm trong khoảng từ -10^15 đến 10^15`,
    actualTwice: (p) => `--actual nêu chỉ tiêu ${q(p.id)} hai lần`,
    needsActual: (p) => `${p.option} chỉ dùng kèm --actual`,
    dateAfterToday: (p) => `--date ${p.date} sau ngày hiện tại (${p.asOf}): chỉ ghi số liệu đã có`,
    noIndicators: (p) =>
      `nội dung ${q(p.commitment)} chưa có chỉ tiêu nào; hãy khai báo chỉ tiêu trong tệp trước (xem docs/measures.md)`,
    unknownIndicator: (p) =>
      `nội dung ${q(p.commitment)} không có chỉ tiêu ${q(p.id)} (các chỉ tiêu: ${p.known})${hint(p)}`,
  },
};
