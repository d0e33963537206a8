import { UTCDate, utc } from "@date-fns/utc";
import { addDays, addMonths, differenceInCalendarDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsTo, dateOfDay, dayNumber } from "../../../src/core/schedule/dates.js";
import { addDuration, daysBetween } from "../../../src/core/schedule/duration.js";
import { fuzzRuns } from "../../helpers.js";

// The calendar arithmetic is mou's own integer arithmetic on day numbers; date-fns, which it replaced,
// stays here as the oracle: on any date and any duration both must agree to the day.
const toDate = (date: string): UTCDate => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const value = new UTCDate(0);
  value.setUTCFullYear(y, m - 1, d);
  return value;
};
const text = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-` +
  String(date.getUTCDate()).padStart(2, "0");

const day = fc.integer({ min: dayNumber("1800-01-01"), max: dayNumber("2400-12-31") });
const date = day.map(dateOfDay);

describe("calendar arithmetic against date-fns", () => {
  it("reads and writes day numbers as a round trip through every day of four centuries' edges", () => {
    for (const d of ["1900-02-28", "1900-03-01", "2000-02-29", "2100-02-28", "2199-12-31", "1970-01-01"])
      expect(dateOfDay(dayNumber(d))).toBe(d);
    fc.assert(
      fc.property(day, (n) => dayNumber(dateOfDay(n)) === n),
      { seed: 20, numRuns: fuzzRuns(2000) },
    );
  });

  it("adds months with the same clamping to the end of a shorter month", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -2400, max: 2400 }), (d, months) => {
        expect(addMonthsTo(d, months)).toBe(text(addMonths(toDate(d), months, { in: utc })));
      }),
      { seed: 21, numRuns: fuzzRuns(2000) },
    );
  });

  it("adds whole durations and counts the days between two dates alike", () => {
    const duration = fc.record({
      years: fc.integer({ min: 0, max: 100 }),
      months: fc.integer({ min: 0, max: 24 }),
      weeks: fc.integer({ min: 0, max: 60 }),
      days: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(date, date, duration, fc.integer({ min: -3, max: 3 }), (a, b, d, factor) => {
        const months = (d.years * 12 + d.months) * factor;
        const days = (d.weeks * 7 + d.days) * factor;
        const withMonths = addMonths(toDate(a), months, { in: utc });
        expect(addDuration(a, d, factor)).toBe(text(addDays(withMonths, days, { in: utc })));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(toDate(b), toDate(a), { in: utc }));
      }),
      { seed: 22, numRuns: fuzzRuns(2000) },
    );
  });
});
