import type { Catalogue } from "../catalogue.js";

type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; có phải ý bạn là ${q(p.suggestion)}?`);

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
  diagnostics: {
    duplicateGoalId: (p) => `mã mục tiêu ${q(p.id)} bị dùng hai lần trong tệp (lần đầu ở ${p.first})`,
    unknownGoal: (p) =>
      p.known === ""
        ? `${q(p.goal)} không phải là mục tiêu: tệp chưa khai báo mục tiêu nào (goals)`
        : `${q(p.goal)} không phải là một mục tiêu đã khai báo (${p.known})${hint(p)}`,
    goalCycle: (p) => `mục tiêu ${q(p.id)} là cấp trên của chính nó (${p.chain}): quan hệ cấp trên tạo thành vòng lặp`,
    duplicateIndicatorId: (p) =>
      `mã chỉ tiêu ${q(p.id)} bị dùng hai lần trong nội dung ${q(p.commitment)} (lần đầu ở ${p.first})`,
    indicatorDirection: (p) =>
      `giá trị mục tiêu ${p.target} ${p.direction === "increase" ? "thấp hơn" : "cao hơn"} giá trị gốc ${p.baseline} ` +
      `nhưng chiều mong muốn là ${p.direction === "increase" ? "tăng" : "giảm"}; hãy sửa giá trị hoặc đặt direction: ` +
      `${p.direction === "increase" ? "decrease" : "increase"}`,
    targetBeforeBaseline: (p) => `thời hạn đạt mục tiêu ${p.by} không sau thời điểm của giá trị gốc ${p.date}`,
    actualBeforeBaseline: (p) => `số liệu ngày ${p.date} có trước thời điểm của giá trị gốc ${p.baseline}`,
    actualAfterAsOf: (p) => `số liệu ngày ${p.date} sau ngày ${p.asOf}: chỉ ghi số liệu đã có`,
    duplicateActualDate: (p) => `chỉ tiêu ${q(p.id)} có hai số liệu cùng ngày ${p.date} (lần đầu ở ${p.first})`,
    range: (p) => `${p.value} vượt quá giới hạn: giá trị phải nằm trong khoảng từ -10^15 đến 10^15`,
  },
};
