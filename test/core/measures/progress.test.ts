import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedOn, percentOfWay, progressOf, tracks } from "../../../src/core/measures/progress.js";
import type { Indicator } from "../../../src/core/model/agreement.js";

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: "x",
  title: "Chỉ tiêu",
  unit: "suất",
  baseline: { value: 10, date: "2024-01-01" },
  target: { value: 30, by: "2026-01-01" },
  ...over,
});

describe("progress of an indicator", () => {
  it("measures the way from baseline to target, for increasing and decreasing indicators", () => {
    expect(percentOfWay(indicator(), 10)).toBe(0);
    expect(percentOfWay(indicator(), 20)).toBe(50);
    expect(percentOfWay(indicator(), 30)).toBe(100);
    expect(percentOfWay(indicator(), 35)).toBe(125);
    expect(percentOfWay(indicator(), 5)).toBe(-25);
    const poverty = indicator({ direction: "decrease", baseline: { value: 5.2 }, target: { value: 3 } });
    expect(percentOfWay(poverty, 4.1)).toBe(50);
    expect(percentOfWay(poverty, 5.2)).toBe(0);
    expect(percentOfWay(poverty, 6)).toBe(-36.4);
  });

  it("has no percentage when the target equals the baseline (a level to hold), and no NaN", () => {
    const hold = indicator({ baseline: { value: 7 }, target: { value: 7 } });
    expect(percentOfWay(hold, 7)).toBeNull();
    expect(progressOf({ ...hold, actuals: [{ date: "2024-05-01", value: 7 }] }, "2025-01-01")).toMatchObject({
      percent: null,
      reached: true,
      track: "achieved",
    });
    expect(progressOf({ ...hold, actuals: [{ date: "2024-05-01", value: 6.9 }] }, "2025-01-01").track).toBe(
      "off-track",
    );
  });

  it("judges the pace by the calendar at the latest value's date", () => {
    // Two years from baseline to target; on 2025-01-01 the calendar expects half the way (366 of 731 days).
    expect(expectedOn(indicator(), "2025-01-01")).toBe(50.1);
    const on = progressOf(indicator({ actuals: [{ date: "2025-01-01", value: 21 }] }), "2025-06-01");
    expect(on).toMatchObject({ percent: 55, expected: 50.1, track: "on-track" });
    const off = progressOf(indicator({ actuals: [{ date: "2025-01-01", value: 19 }] }), "2025-06-01");
    expect(off).toMatchObject({ percent: 45, track: "off-track" });
    const late = progressOf(indicator({ actuals: [{ date: "2025-12-01", value: 29 }] }), "2026-01-02");
    expect(late).toMatchObject({ percent: 95, track: "missed" });
    const done = progressOf(indicator({ actuals: [{ date: "2025-12-01", value: 31 }] }), "2026-01-02");
    expect(done).toMatchObject({ reached: true, track: "achieved" });
  });

  it("says so when there is no value yet, or nothing to judge the pace by", () => {
    expect(progressOf(indicator(), "2025-01-01")).toEqual({
      latest: null,
      percent: null,
      expected: null,
      reached: false,
      track: "no-data",
    });
    const undated = indicator({
      baseline: { value: 0 },
      target: { value: 3 },
      actuals: [{ date: "2024-01-01", value: 1 }],
    });
    expect(progressOf(undated, "2025-01-01")).toMatchObject({ percent: 33.3, expected: null, track: "unknown" });
  });

  it("ignores values dated after the as-of date, and takes the latest of the others in any order", () => {
    const ind = indicator({
      actuals: [
        { date: "2024-12-31", value: 20 },
        { date: "2024-06-30", value: 14 },
        { date: "2025-12-31", value: 30 },
      ],
    });
    expect(progressOf(ind, "2025-01-01").latest?.value).toBe(20);
    expect(progressOf(ind, "2024-07-01").latest?.value).toBe(14);
  });
});

// Property tests: integers in a bounded range, as real indicators hold, plus decimals.
const value = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const day = fc
  .integer({ min: 0, max: 4000 })
  .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const arbitraryIndicator = fc
  .record({
    baseline: value,
    target: value,
    direction: fc.constantFrom("increase" as const, "decrease" as const),
    baseDate: fc.option(day, { nil: undefined }),
    by: fc.option(day, { nil: undefined }),
    actuals: fc.array(fc.record({ date: day, value }), { maxLength: 4 }),
  })
  .map(({ baseline, target, direction, baseDate, by, actuals }) =>
    indicator({
      direction,
      baseline: { value: baseline, ...(baseDate ? { date: baseDate } : {}) },
      target: { value: target, ...(by ? { by } : {}) },
      actuals,
    }),
  );

const RUNS = { seed: 20260317, numRuns: 1500 };

describe("progress arithmetic: invariants", () => {
  it("never gives NaN or infinity, and always one of the tracks", () => {
    fc.assert(
      fc.property(arbitraryIndicator, day, (ind, asOf) => {
        const p = progressOf(ind, asOf);
        expect(tracks).toContain(p.track);
        if (p.percent !== null) expect(Number.isFinite(p.percent)).toBe(true);
        if (p.expected !== null) expect(p.expected >= 0 && p.expected <= 100).toBe(true);
        expect(p.latest === null).toBe(p.track === "no-data");
        if (p.latest !== null) expect(p.latest.date <= asOf).toBe(true);
      }),
      RUNS,
    );
  });

  it("reaches 100 % exactly when the value meets the target (baseline on either side of it)", () => {
    fc.assert(
      fc.property(arbitraryIndicator, value, (ind, v) => {
        const p = percentOfWay(ind, v);
        const sign = ind.direction === "decrease" ? -1 : 1;
        const meets = sign * (v - ind.target.value) >= 0;
        if (sign * (ind.target.value - ind.baseline.value) > 0) expect(p! >= 100).toBe(meets);
        else expect(p).toBeNull();
      }),
      RUNS,
    );
  });

  it("gives 0 at the baseline and 100 at the target", () => {
    fc.assert(
      fc.property(arbitraryIndicator, (ind) => {
        fc.pre(ind.baseline.value !== ind.target.value);
        const sign = ind.direction === "decrease" ? -1 : 1;
        fc.pre(sign * (ind.target.value - ind.baseline.value) > 0);
        expect(percentOfWay(ind, ind.baseline.value)).toBe(0);
        expect(percentOfWay(ind, ind.target.value)).toBe(100);
      }),
      RUNS,
    );
  });

  it("grows as the value moves the right way", () => {
    fc.assert(
      fc.property(arbitraryIndicator, value, value, (ind, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const pl = percentOfWay(ind, low);
        const ph = percentOfWay(ind, high);
        if (pl === null || ph === null) return;
        if (ind.direction === "decrease") expect(pl >= ph).toBe(true);
        else expect(ph >= pl).toBe(true);
      }),
      RUNS,
    );
  });

  it("reads a decreasing indicator as the mirror image of an increasing one", () => {
    fc.assert(
      fc.property(arbitraryIndicator, day, (ind, asOf) => {
        const mirror: Indicator = {
          ...ind,
          direction: ind.direction === "decrease" ? "increase" : "decrease",
          baseline: { ...ind.baseline, value: -ind.baseline.value },
          target: { ...ind.target, value: -ind.target.value },
          actuals: (ind.actuals ?? []).map((x) => ({ ...x, value: -x.value })),
        };
        const [p, m] = [progressOf(ind, asOf), progressOf(mirror, asOf)];
        expect([m.percent, m.expected, m.reached, m.track]).toEqual([p.percent, p.expected, p.reached, p.track]);
      }),
      RUNS,
    );
  });

  it("calls an unreached target missed once its date has passed, and never before", () => {
    fc.assert(
      fc.property(arbitraryIndicator, day, (ind, asOf) => {
        const p = progressOf(ind, asOf);
        if (p.track === "missed") expect(ind.target.by! < asOf && !p.reached).toBe(true);
        if (p.latest !== null && !p.reached && ind.target.by !== undefined && ind.target.by < asOf)
          expect(p.track).toBe("missed");
        if (p.track === "achieved") expect(p.reached).toBe(true);
      }),
      RUNS,
    );
  });
});
