import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Agreement, HeldReview } from "../../../src/core/model/agreement.js";
import { inDateRange, LAST_DATE } from "../../../src/core/schedule/dates.js";
import { requireDuration, withinDurationLimit } from "../../../src/core/schedule/duration.js";
import { fixedCalendar, scheduleOf } from "../../../src/core/schedule/schedule.js";
import { numberRanges } from "../../../src/core/text/ranges.js";
import { checkAgreement } from "../../../src/core/validation/rules.js";

const agreement = (every: string, reviews: HeldReview[] = [], extra: Partial<Agreement> = {}): Agreement => ({
  id: "x",
  title: "T",
  kind: "mou",
  signed: "2024-01-01",
  parties: [{ id: "a", name: "A" }],
  review: { every },
  reviews,
  ...extra,
});
const rules = (a: Agreement) =>
  checkAgreement(a, { stem: "x", fileName: "x.yaml", asOf: "2025-01-01" }).map((f) => f.code);

describe("no work grows with a number written in a file", () => {
  it("counts the reviews a calendar can date by halving, for any period", () => {
    expect(fixedCalendar(agreement("P1Y"))!.count()).toBe(175);
    expect(fixedCalendar(agreement("P1D"))!.count()).toBe(
      Math.round((Date.UTC(2199, 11, 31) - Date.UTC(2024, 0, 1)) / 86_400_000),
    );
    expect(fixedCalendar(agreement("P100Y"))!.count()).toBe(1);
    expect(fixedCalendar(agreement("P1Y", [], { review: { every: "P1Y", first: "2199-12-31" } }))!.count()).toBe(1);
    fc.assert(
      fc.property(fc.constantFrom("P1Y", "P6M", "P1M", "P3W", "P10D", "P1Y1D", "P7Y5M"), (every) => {
        const { dueOf, count } = fixedCalendar(agreement(every))!;
        expect(dueOf(count()) <= LAST_DATE).toBe(true);
        expect(dueOf(count() + 1) > LAST_DATE).toBe(true);
      }),
      { seed: 13, numRuns: 50 },
    );
  });

  it("refuses a `covers` the calendar cannot date, so that missed reviews stay few", () => {
    expect(rules(agreement("P1Y", [{ date: "2024-06-01", covers: 300_000_000 }]))).toEqual(["rule/covers-too-high"]);
    expect(rules(agreement("P1Y", [{ date: "2024-06-01", covers: 176 }]))).toEqual(["rule/covers-too-high"]);
    expect(rules(agreement("P1Y", [{ date: "2024-06-01", covers: 175 }]))).toEqual([]);
    const next = scheduleOf(agreement("P1Y", [{ date: "2024-06-01", covers: 175 }]), { asOf: "2025-01-01" })!.next!;
    expect([next.number, next.due, next.state, next.missed.length]).toEqual([176, "2200-01-01", "scheduled", 174]);
  });

  it("refuses a period longer than a century, and dates outside 1900–2199", () => {
    expect(rules(agreement("P9999999Y"))).toEqual(["rule/duration-too-long"]);
    expect(rules(agreement("P1Y", [], { review: { every: "P1Y", remind: "P36526D" } }))).toEqual([
      "rule/duration-too-long",
    ]);
    for (const ok of ["P100Y", "P1200M", "P5217W", "P36525D"])
      expect(withinDurationLimit(requireDuration(ok))).toBe(true);
    for (const no of ["P101Y", "P1201M", "P5218W", "P36526D", "P99Y12M1D"])
      expect(withinDurationLimit(requireDuration(no))).toBe(false);
    expect([inDateRange("1900-01-01"), inDateRange("2199-12-31")]).toEqual([true, true]);
    expect([inDateRange("1899-12-31"), inDateRange("2200-01-01"), inDateRange("9999-12-31")]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("numbers reviews without `covers` in one pass, and says overdue only when the days are negative", () => {
    const reviews = Array.from({ length: 50_000 }, () => ({ date: "2024-06-01" }));
    const next = scheduleOf(agreement("P1D", reviews), { asOf: "2025-01-01" })!.next!;
    expect([next.number, next.missed]).toEqual([50_001, []]);
    expect(next.state === "overdue").toBe(next.days < 0);
  });

  it("writes long runs of review numbers as ranges", () => {
    expect(numberRanges([1, 2, 3, 5, 7, 8])).toBe("1–3, 5, 7, 8");
    expect(numberRanges(Array.from({ length: 174 }, (_, i) => i + 1))).toBe("1–174");
    expect(numberRanges([])).toBe("");
  });
});
