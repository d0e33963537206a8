import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Agreement, HeldReview, ReviewRule } from "../../../src/core/model/agreement.js";
import { addDuration, daysBetween, parseDuration, requireDuration } from "../../../src/core/schedule/duration.js";
import { scheduleOf } from "../../../src/core/schedule/schedule.js";

function agreement(
  review: ReviewRule | undefined,
  reviews: HeldReview[] = [],
  extra: Partial<Agreement> = {},
): Agreement {
  return {
    id: "x",
    title: "T",
    kind: "mou",
    signed: "2023-07-24",
    parties: [{ id: "a", name: "A" }],
    ...(review ? { review } : {}),
    reviews,
    ...extra,
  };
}
const next = (a: Agreement, asOf: string, remind?: string) =>
  scheduleOf(a, remind === undefined ? { asOf } : { asOf, remind })?.next;

describe("durations", () => {
  it.each([
    ["P2Y", { years: 2, months: 0, weeks: 0, days: 0 }],
    ["P1Y6M", { years: 1, months: 6, weeks: 0, days: 0 }],
    ["P4W", { years: 0, months: 0, weeks: 4, days: 0 }],
    ["P90D", { years: 0, months: 0, weeks: 0, days: 90 }],
    ["P0Y1D", { years: 0, months: 0, weeks: 0, days: 1 }],
  ])("parses %s", (text, expected) => expect(parseDuration(text)).toEqual(expected));

  it.each(["P0Y", "P", "2 years", "P1.5Y", "PT1H", "p2y", "P-1Y", "P1D1Y"])("rejects %s", (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );

  it.each([
    // SPEC §4's worked examples
    ["2023-01-31", "P1M", 3, "2023-04-30"],
    ["2024-02-29", "P2Y", 1, "2026-02-28"],
    ["2023-08-31", "P1Y6M", 1, "2025-02-28"],
    // multiplied from the base, never added repeatedly
    ["2023-01-31", "P1M", 1, "2023-02-28"],
    ["2023-01-31", "P1M", 2, "2023-03-31"],
    ["2024-02-29", "P1Y", 4, "2028-02-29"],
    // weeks and days after months
    ["2023-01-31", "P1M1W", 1, "2023-03-07"],
    ["2023-12-25", "P10D", 1, "2024-01-04"],
    ["2024-03-31", "P1M", -1, "2024-02-29"],
    ["2025-01-01", "P90D", -1, "2024-10-03"],
  ])("%s + %s × %i = %s", (date, duration, factor, expected) => {
    expect(addDuration(date, requireDuration(duration), factor)).toBe(expected);
  });

  it("counts calendar days across years, leap days and DST changes", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-03-08", "2025-03-10")).toBe(2);
    expect(daysBetween("2025-07-24", "2025-01-01")).toBe(-204);
  });
});

describe("fixed calendar (from: signed)", () => {
  const rule: ReviewRule = { every: "P2Y" };

  it("schedules review k on start + k·every, from effective when given", () => {
    expect(next(agreement(rule), "2024-01-01")).toEqual({
      number: 1,
      due: "2025-07-24",
      state: "scheduled",
      days: 570,
      missed: [],
      // Due soon from 90 days before (the default remind window), both days included.
      remindFrom: "2025-04-25",
    });
    expect(next(agreement(rule, [], { effective: "2023-09-01" }), "2024-01-01")?.due).toBe("2025-09-01");
  });

  it("schedules review k on first + (k−1)·every when `first` is given", () => {
    const a = agreement({ every: "P1Y", first: "2024-01-15" }, [{ date: "2024-01-20" }, { date: "2025-01-10" }]);
    expect(next(a, "2025-06-01")).toMatchObject({ number: 3, due: "2026-01-15" });
    expect(scheduleOf(a, { asOf: "2025-06-01" })?.dueOf(1)).toBe("2024-01-15");
  });

  it("lets a held review fulfil the lowest unfulfilled number, whatever order the file lists them in", () => {
    const a = agreement(rule, [{ date: "2027-08-01" }, { date: "2025-08-15" }]);
    const schedule = scheduleOf(a, { asOf: "2028-01-01" })!;
    expect(schedule.held.map((h) => [h.review.date, h.number])).toEqual([
      ["2025-08-15", 1],
      ["2027-08-01", 2],
    ]);
    expect(schedule.next).toMatchObject({ number: 3, due: "2029-07-24", missed: [] });
  });

  it("uses `covers`, and reports the numbers skipped as missed, not due", () => {
    const a = agreement(rule, [{ date: "2027-07-30", covers: 2 }]);
    expect(next(a, "2028-01-01")).toEqual({
      number: 3,
      due: "2029-07-24",
      state: "scheduled",
      days: 570,
      missed: [1],
      remindFrom: "2029-04-25",
    });
    const later = agreement(rule, [{ date: "2027-07-30", covers: 2 }, { date: "2027-09-01" }]);
    expect(next(later, "2028-01-01")).toMatchObject({ number: 3, missed: [] });
  });

  it("ignores extra meetings", () => {
    const a = agreement(rule, [{ date: "2024-03-01", kind: "extra" }]);
    expect(next(a, "2024-06-01")).toMatchObject({ number: 1, due: "2025-07-24" });
  });

  it("reports an overdue review with negative days until one is held", () => {
    expect(next(agreement(rule), "2025-07-25")).toMatchObject({ number: 1, state: "overdue", days: -1 });
    expect(next(agreement(rule, [{ date: "2025-08-15" }]), "2025-08-16")).toMatchObject({
      number: 2,
      state: "scheduled",
      due: "2027-07-24",
    });
  });
});

describe("rolling (from: last-review)", () => {
  it("is due `every` after the latest counted review", () => {
    const a = agreement({ every: "P1Y", from: "last-review" }, [
      { date: "2024-03-10" },
      { date: "2024-12-31", kind: "extra" },
      { date: "2023-11-02" },
    ]);
    expect(next(a, "2024-06-01")).toMatchObject({ number: 3, due: "2025-03-10", missed: [] });
  });

  it("falls back to `first`, else start + every, when none has been held", () => {
    expect(next(agreement({ every: "P6M", from: "last-review" }), "2023-08-01")).toMatchObject({
      number: 1,
      due: "2024-01-24",
    });
    expect(next(agreement({ every: "P6M", from: "last-review", first: "2023-12-01" }), "2023-08-01")).toMatchObject({
      number: 1,
      due: "2023-12-01",
    });
  });
});

describe("state on the as-of date", () => {
  const a = agreement({ every: "P2Y" }); // due 2025-07-24
  it.each([
    ["2025-04-24", "scheduled", undefined], // one day before due − P90D (2025-04-25)
    ["2025-04-25", "due-soon", undefined], // exactly due − remind
    ["2025-07-24", "due-soon", undefined], // the due date itself
    ["2025-07-25", "overdue", undefined],
    ["2025-06-23", "scheduled", "P1M"], // due − P1M = 2025-06-24
    ["2025-06-24", "due-soon", "P1M"],
  ])("%s → %s (config remind %s)", (asOf, state, remind) => {
    expect(next(a, asOf, remind)?.state).toBe(state);
  });

  it("prefers the agreement's own remind over the configuration's", () => {
    const own = agreement({ every: "P2Y", remind: "P7D" });
    expect(next(own, "2025-07-16", "P1Y")?.state).toBe("scheduled");
    expect(next(own, "2025-07-17", "P1Y")?.state).toBe("due-soon");
  });

  it("gives no next review when the agreement is not active or expires before the due date", () => {
    for (const status of ["draft", "suspended", "expired", "terminated"] as const) {
      expect(scheduleOf(agreement({ every: "P2Y" }, [], { status }), { asOf: "2024-01-01" })).toMatchObject({
        next: null,
        none: "not-active",
      });
    }
    expect(
      scheduleOf(agreement({ every: "P2Y" }, [], { expires: "2025-07-23" }), { asOf: "2024-01-01" }),
    ).toMatchObject({ next: null, none: "expires" });
    expect(next(agreement({ every: "P2Y" }, [], { expires: "2025-07-24" }), "2024-01-01")?.due).toBe("2025-07-24");
  });

  it("has no schedule without a review rule", () => {
    expect(scheduleOf(agreement(undefined), { asOf: "2024-01-01" })).toBeUndefined();
  });
});

describe("schedule invariants", () => {
  const day = fc
    .integer({ min: 0, max: 365 * 30 })
    .map((n) => addDuration("2000-01-01", { years: 0, months: 0, weeks: 0, days: n }));
  const duration = fc
    .record({
      years: fc.integer({ min: 0, max: 3 }),
      months: fc.integer({ min: 0, max: 18 }),
      weeks: fc.integer({ min: 0, max: 8 }),
      days: fc.integer({ min: 0, max: 60 }),
    })
    .filter((d) => d.years + d.months + d.weeks + d.days > 0)
    .map(
      (d) =>
        "P" +
        (["years", "months", "weeks", "days"] as const).map((k, i) => (d[k] ? `${d[k]}${"YMWD"[i]}` : "")).join(""),
    );
  const held = fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 4000 }),
      extra: fc.boolean(),
      covers: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    }),
    { maxLength: 6 },
  );
  const toReviews = (
    signed: string,
    list: { offset: number; extra: boolean; covers: number | undefined }[],
  ): HeldReview[] =>
    list.map((r) => ({
      date: addDuration(signed, { years: 0, months: 0, weeks: 0, days: r.offset }),
      ...(r.extra ? { kind: "extra" as const } : {}),
      ...(r.covers ? { covers: r.covers } : {}),
    }));

  it("rolling: the next due date is never before the latest counted review", () => {
    fc.assert(
      fc.property(day, duration, held, (signed, every, list) => {
        const reviews = toReviews(signed, list);
        const result = next(agreement({ every, from: "last-review" }, reviews, { signed }), "2100-01-01")!;
        const counted = reviews
          .filter((r) => r.kind !== "extra")
          .map((r) => r.date)
          .sort();
        if (counted.length > 0) expect(result.due > counted.at(-1)!).toBe(true);
        expect(result.number).toBe(counted.length + 1);
      }),
      { seed: 31, numRuns: 1000 },
    );
  });

  it("recording one more scheduled review never makes the next due date earlier (both modes)", () => {
    fc.assert(
      fc.property(
        day,
        duration,
        held,
        fc.integer({ min: 0, max: 4000 }),
        fc.boolean(),
        (signed, every, list, offset, rolling) => {
          const rule: ReviewRule = rolling ? { every, from: "last-review" } : { every };
          const reviews = toReviews(signed, list);
          const before = next(agreement(rule, reviews, { signed }), "2100-01-01")!;
          const extraReview = { date: addDuration(signed, { years: 0, months: 0, weeks: 0, days: offset }) };
          const after = next(agreement(rule, [...reviews, extraReview], { signed }), "2100-01-01")!;
          expect(after.due >= before.due).toBe(true);
          expect(after.number).toBeGreaterThanOrEqual(before.number);
        },
      ),
      { seed: 32, numRuns: 1000 },
    );
  });

  it("fixed: due dates grow with the review number, and missed numbers lie below the next", () => {
    fc.assert(
      fc.property(day, duration, held, (signed, every, list) => {
        const schedule = scheduleOf(agreement({ every }, toReviews(signed, list), { signed }), { asOf: "2100-01-01" })!;
        for (let n = 1; n < 8; n++) expect(schedule.dueOf(n + 1) > schedule.dueOf(n)).toBe(true);
        for (const m of schedule.next!.missed) expect(m).toBeLessThan(schedule.next!.number);
        expect(schedule.next!.days).toBe(daysBetween("2100-01-01", schedule.next!.due));
      }),
      { seed: 33, numRuns: 1000 },
    );
  });
});
