import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scorecard } from "../../../src/core/measures/scorecard.js";
import type { Agreement } from "../../../src/core/model/agreement.js";
import { ReportError, reportView } from "../../../src/core/views/report.js";
import { reportPeriod } from "../../../src/core/views/report-period.js";
import { registry } from "../../../src/data-units.js";
import { checkYaml, root } from "../../helpers.js";

const fixture = (name: string, asOf = "2024-02-01"): Agreement => {
  const path = join(root, "test", "fixtures", "report", "agreements", `${name}.yaml`);
  const result = checkYaml(readFileSync(path), `${name}.yaml`, asOf);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.agreement!;
};

const programme = fixture("tinh-a-doi-tac-b-2022");
const asOf = "2024-02-01";

describe("the period of a report", () => {
  it("runs from the previous review held up to today, for the next review", () => {
    expect(reportPeriod(programme, { lang: "en", asOf })).toEqual({
      from: "2023-03-20",
      to: "2024-02-01",
      fromIncluded: false,
      review: { number: 2, scheduled: "2024-03-15", state: "due-soon", days: 43 },
      previous: { number: 1, date: "2023-03-20" },
      following: { number: 3, date: "2025-03-15" },
    });
  });

  it("with --review, covers that review's period, up to the day it was held", () => {
    expect(reportPeriod(programme, { lang: "en", asOf, review: 1 })).toMatchObject({
      from: "2022-03-15",
      to: "2023-03-20",
      fromIncluded: true,
      review: { number: 1, scheduled: "2023-03-15", held: "2023-03-20" },
      following: { number: 2, date: "2024-03-15" },
    });
  });

  it("takes --from and --to as given, and refuses a period that ends before it starts", () => {
    expect(reportPeriod(programme, { lang: "en", asOf, from: "2023-01-01", to: "2023-12-31" })).toMatchObject({
      from: "2023-01-01",
      to: "2023-12-31",
      fromIncluded: true,
    });
    expect(() => reportPeriod(programme, { lang: "en", asOf, from: "2024-01-01", to: "2023-12-31" })).toThrow(
      ReportError,
    );
  });

  it("without a review rule, starts at the latest meeting held, and refuses --review", () => {
    const noRule = { ...programme, review: undefined } as Agreement;
    delete noRule.review;
    expect(reportPeriod(noRule, { lang: "en", asOf })).toEqual({ from: "2023-09-01", to: asOf, fromIncluded: false });
    expect(() => reportPeriod(noRule, { lang: "en", asOf, review: 1 })).toThrow("no review schedule");
  });
});

describe("the report's view model", () => {
  const view = reportView(programme, { asOf, lang: "vi", units: registry });

  it("counts exactly what the scorecard counts for the agreement", () => {
    const [row] = scorecard([{ file: "x.yaml", agreement: programme }], { asOf, lang: "vi", by: "agreement" }).rows;
    expect(view.tally.commitments).toEqual(row!.commitments);
    expect(view.tally.indicators).toEqual(row!.indicators);
    expect([view.reviews.held, view.reviews.due, view.reviews.missed.length]).toEqual([
      row!.reviews.held,
      row!.reviews.due,
      row!.reviews.missed,
    ]);
    expect(view.statusRows.map((r) => r.count)).toEqual([1, 2, 1, 1, 0]);
  });

  it("orders the points under their goals, strategies under goals, the rest last", () => {
    expect(view.sections.map((s) => [s.number, s.depth, s.title, s.commitments.map((c) => c.id)])).toEqual([
      ["1", 1, "Phát triển nguồn nhân lực", ["2"]],
      ["1.1", 2, "Đào tạo cán bộ quản lý", ["1"]],
      ["2", 1, "Tăng trưởng xanh", ["3", "4"]],
      ["3", 1, undefined, ["5"]],
    ]);
  });

  it("reads each indicator in one sentence, and lists what changed in the period only", () => {
    const [scholarships] = view.indicators;
    expect(scholarships).toMatchObject({ percent: "45%", expected: "47,3%", track: "off-track" });
    expect(scholarships!.line).toBe(
      "đạt 9 suất/năm (số liệu ngày 31/12/2023); mục tiêu 20 suất/năm vào ngày 31/12/2025; đã thực hiện 45% " +
        "chặng đường từ mức gốc 0 suất/năm (kế hoạch đến thời điểm đó: 47,3%); đánh giá: chậm tiến độ.",
    );
    const first = view.sections[1]!.commitments[0]!;
    // The 2022 value falls before the previous review (2023-03-20) and belongs to the last report.
    expect(first.changes).toEqual([
      { when: "01/6/2023", text: "Đã tuyển chọn 9 ứng viên năm học 2023-2024" },
      {
        when: "31/12/2023",
        text: "Số suất học bổng được cấp mỗi năm đạt 9 suất/năm (nguồn: Báo cáo của Sở Nội vụ)",
      },
    ]);
  });

  it("states the difficulties, the tasks that follow and the proposals, from the data alone", () => {
    expect(view.difficulties).toEqual([
      "Nội dung 3 (Giảm tỷ lệ chất thải rắn chôn lấp) đang đình trệ: Chưa bố trí được vốn đối ứng cho nhà máy xử lý.",
      "Nội dung 3 có thời hạn hoàn thành ngày 31/12/2023 nhưng đến nay chưa hoàn thành (đình trệ).",
      "Nội dung 4 chưa triển khai.",
      "Chỉ tiêu “Số suất học bổng được cấp mỗi năm” (nội dung 1) chậm tiến độ: mới đạt 45% chặng đường, trong khi " +
        "theo kế hoạch cần đạt 47,3%.",
      "Chỉ tiêu “Tỷ lệ chất thải rắn chôn lấp” (nội dung 3) không đạt mục tiêu đúng hạn 31/12/2023: mới đạt 26,7%.",
      "Chưa có số liệu về chỉ tiêu “Diện tích rừng ngập mặn trồng mới” (nội dung 4).",
    ]);
    expect(view.tasks.at(-2)).toBe("Chuẩn bị, tổ chức Hội nghị đánh giá lần 2 (theo lịch ngày 15/3/2024).");
    expect(view.proposals).toHaveLength(2);
  });

  it("is issued by the People's Committee of the successor when the reporting province was merged", () => {
    const merged: Agreement = {
      ...programme,
      parties: [{ ...programme.parties[0]!, unit: "77", issuer: undefined, place: undefined }, programme.parties[1]!],
    };
    const after = reportView(merged, { asOf: "2025-08-01", lang: "vi", units: registry });
    expect([after.issuer, after.place, after.reporter]).toEqual([
      ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
      "Thành phố Hồ Chí Minh",
      "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    ]);
    const before = reportView(merged, { asOf, lang: "en", units: registry });
    expect([before.issuer, before.place, before.committee]).toEqual([
      ["PEOPLE'S COMMITTEE", "OF BA RIA - VUNG TAU PROVINCE"],
      "Ba Ria - Vung Tau",
      true,
    ]);
    // A party that is no unit of the registry states its issuer and place in the file.
    expect([view.issuer, view.place, view.committee]).toEqual([["ỦY BAN NHÂN DÂN", "TỈNH A"], "A", true]);
    expect(view.reporter).toBe("Ủy ban nhân dân tỉnh A");
    expect(view.signature).toEqual({
      authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Trần Văn B",
    });
    expect(view.recipients).toEqual(["Tổ chức Hợp tác B (TCB)", "Các sở, ban, ngành liên quan", "Lưu: VT"]);
    expect(() => reportView(programme, { asOf, lang: "vi", party: "tinh-c" })).toThrow(ReportError);
  });
});
