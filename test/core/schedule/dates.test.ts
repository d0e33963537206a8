import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateInTimeZone, isCalendarDate } from "../../../src/core/schedule/dates.js";

describe("calendar dates", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-12-31", "2023-01-01"])("accepts %s", (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each([
    "2023-02-29",
    "1900-02-29",
    "2023-02-30",
    "2023-13-01",
    "2023-00-10",
    "2023-04-31",
    "2023-4-1",
    "23-04-01",
    "2023-04-01T00:00",
  ])("rejects %s", (d) => expect(isCalendarDate(d)).toBe(false));

  it("agrees with the proleptic Gregorian calendar for every day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const probe = new Date(Date.UTC(2000, m - 1, d));
          probe.setUTCFullYear(y);
          const real = probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
      { seed: 20251, numRuns: 2000 },
    );
  });
});

describe("today in a time zone", () => {
  // 2025-12-31 17:30 UTC is already 1 January in Vietnam (UTC+7) and still 31 December in Los Angeles.
  const instant = Date.UTC(2025, 11, 31, 17, 30);
  it.each([
    ["Asia/Ho_Chi_Minh", "2026-01-01"],
    ["UTC", "2025-12-31"],
    ["America/Los_Angeles", "2025-12-31"],
    ["Pacific/Kiritimati", "2026-01-01"],
  ])("%s → %s, whatever the machine's zone", (zone, expected) => {
    expect(dateInTimeZone(instant, zone)).toBe(expected);
  });

  it("throws for an unknown zone", () => {
    expect(() => dateInTimeZone(instant, "Mars/Olympus")).toThrow(RangeError);
  });
});
