import { describe, expect, it } from "vitest";
import { reviewRecord } from "../../../src/core/measures/reviews.js";
import { scorecard } from "../../../src/core/measures/scorecard.js";
import type { Agreement } from "../../../src/core/model/agreement.js";
import { registry } from "../../../src/data-units.js";

const asOf = "2026-03-01";

const twoProvinces: Agreement = {
  id: "tinh-a-tinh-b",
  title: { vi: "Chương trình hợp tác A - B", en: "A–B programme" },
  kind: "cooperation-programme",
  signed: "2023-07-24",
  parties: [
    { id: "a", name: "Tỉnh Bà Rịa - Vũng Tàu", unit: "77" },
    { id: "b", name: "Tỉnh Quảng Ngãi", unit: "51" },
  ],
  review: { every: "P1Y" },
  reviews: [{ date: "2024-08-01" }, { date: "2025-01-10", kind: "extra" }],
  commitments: [
    { id: "1", title: "Quy hoạch", lead: [{ party: "a" }, { party: "b" }], sectors: ["planning"], status: "done" },
    {
      id: "2",
      title: "Du lịch",
      lead: [{ party: "a", agency: "Sở Du lịch" }],
      sectors: ["tourism", "planning"],
      status: "stalled",
      due: "2025-12-31",
      indicators: [
        {
          id: "khach",
          title: "Lượt khách",
          unit: "nghìn lượt",
          baseline: { value: 100, date: "2023-01-01" },
          target: { value: 200, by: "2027-01-01" },
          actuals: [{ date: "2025-01-01", value: 160 }],
        },
        { id: "tour", title: "Tour", unit: "tour", baseline: { value: 0 }, target: { value: 4 } },
      ],
    },
    { id: "3", title: "Bỏ", status: "dropped" },
  ],
};

const project: Agreement = {
  id: "du-an-c",
  title: "Dự án C",
  kind: "project",
  signed: "2024-01-01",
  parties: [{ id: "a", name: "Tỉnh A cũ" }],
  commitments: [
    {
      id: "1",
      title: "Đào tạo",
      lead: [{ agency: "sở du lịch" }],
      status: "in-progress",
      indicators: [
        {
          id: "hoc-vien",
          title: "Học viên",
          unit: "người",
          baseline: { value: 0, date: "2024-01-01" },
          target: { value: 100, by: "2025-12-31" },
          actuals: [{ date: "2025-06-30", value: 40 }],
        },
      ],
    },
  ],
};

const files = [project, twoProvinces].map((agreement) => ({ file: `${agreement.id}.yaml`, agreement }));

describe("review record", () => {
  it("counts reviews held and due since signing, the missed ones, the last meeting and the next review", () => {
    expect(reviewRecord(twoProvinces, { asOf })).toEqual({
      held: 1,
      due: 2,
      missed: [],
      last: { date: "2025-01-10", kind: "extra" },
      daysSinceLast: 415,
      next: { number: 2, due: "2025-07-24", state: "overdue", days: -220, missed: [], remindFrom: "2025-04-25" },
    });
    const twoLate = { ...twoProvinces, reviews: [{ date: "2026-02-01", covers: 3 }] };
    expect(reviewRecord(twoLate, { asOf })).toMatchObject({ held: 1, due: 2, missed: [1, 2] });
  });

  it("cannot count due reviews without a rule, or for a closed agreement without an end date", () => {
    expect(reviewRecord(project, { asOf })).toMatchObject({ held: 0, due: null, last: null, next: null });
    expect(reviewRecord({ ...twoProvinces, status: "terminated" }, { asOf }).due).toBeNull();
    expect(reviewRecord({ ...twoProvinces, status: "expired", expires: "2024-12-31" }, { asOf }).due).toBe(1);
  });

  it("counts a daily rule over centuries without walking every day", () => {
    const old = { ...twoProvinces, signed: "1000-01-01", review: { every: "P1D" } };
    expect(reviewRecord(old, { asOf: "1000-12-31" }).due).toBe(364);
    expect(reviewRecord(old, { asOf: "9999-12-31" }).due).toBe(3_287_181);
  });
});

describe("scorecard", () => {
  it("by agreement: one row per agreement, by id, each counting its own commitments", () => {
    const { rows, total } = scorecard(files, { asOf, lang: "vi", by: "agreement", units: registry });
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ["du-an-c", "Dự án C"],
      ["tinh-a-tinh-b", "Chương trình hợp tác A - B"],
    ]);
    expect(rows[1]!.commitments).toEqual({
      total: 3,
      "not-started": 0,
      "in-progress": 0,
      done: 1,
      stalled: 1,
      dropped: 1,
      donePercent: 50,
      pastDue: 1,
    });
    expect(rows[1]!.indicators).toEqual({
      total: 2,
      achieved: 0,
      "on-track": 1,
      "off-track": 0,
      missed: 0,
      "no-data": 1,
      unknown: 0,
    });
    expect(rows[0]!.indicators.missed).toBe(1);
    expect(total.commitments.total).toBe(4);
    expect(total.label).toBe("Tổng cộng");
    expect(total.reviews).toMatchObject({ held: 1, due: 2, missed: 0, last: "2025-01-10" });
  });

  it("by party: commitments by lead party, each once per party, with the reviews of the party's agreements", () => {
    const { rows } = scorecard(files, { asOf, lang: "en", by: "party", units: registry });
    expect(rows.map((r) => [r.key, r.label, r.commitments.total, r.agreements])).toEqual([
      ["a", "A cũ", 2, ["du-an-c", "tinh-a-tinh-b"]],
      ["b", "Quang Ngai", 1, ["tinh-a-tinh-b"]],
      [null, "no lead party", 2, ["du-an-c", "tinh-a-tinh-b"]],
    ]);
  });

  it("by unit: the unit that answers for each lead party today, after the 2025 reorganisation", () => {
    const { rows } = scorecard(files, { asOf, lang: "vi", by: "unit", units: registry });
    expect(rows.map((r) => [r.key, r.label, r.commitments.total])).toEqual([
      ["51", "Tỉnh Quảng Ngãi", 1],
      ["79", "Thành phố Hồ Chí Minh", 2],
      [null, "chưa ghi đơn vị hành chính", 2],
    ]);
  });

  it("by agency and by sector: lead texts grouped regardless of case, sectors as written", () => {
    const agency = scorecard(files, { asOf, lang: "vi", by: "agency" }).rows;
    expect(agency.map((r) => [r.label, r.commitments.total])).toEqual([
      ["Bà Rịa - Vũng Tàu", 1],
      ["Bà Rịa - Vũng Tàu – Sở Du lịch", 1],
      ["Quảng Ngãi", 1],
      ["sở du lịch", 1],
      ["chưa giao đơn vị chủ trì", 1],
    ]);
    const sector = scorecard(files, { asOf, lang: "vi", by: "sector" }).rows;
    expect(sector.map((r) => [r.key, r.commitments.total])).toEqual([
      ["planning", 2],
      ["tourism", 1],
      [null, 2],
    ]);
  });

  it("gives the same rows whatever order the files come in", () => {
    for (const by of ["agreement", "party", "unit", "agency", "sector"] as const) {
      const a = scorecard(files, { asOf, lang: "vi", by, units: registry });
      const b = scorecard([...files].reverse(), { asOf, lang: "vi", by, units: registry });
      expect(b).toEqual(a);
    }
  });
});
