import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateInTimeZone, dayNumber, isCalendarDate } from "../../../src/core/schedule/dates.js";
import { daysBetween } from "../../../src/core/schedule/duration.js";

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

  // Vietnam's date is computed without Intl since the zone's last change (1975-06-12 16:00 UTC): it must
  // be Intl's date on any instant, around local midnight and the change itself above all.
  it("in Vietnam is Intl's date on any instant, before and after the zone's last change", () => {
    const vietnam = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Ho_Chi_Minh",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    const intl = (ms: number) => vietnam.format(ms);
    const change = Date.UTC(1975, 5, 12, 16);
    const edges = [change - 1, change, change + 3_600_000 - 1, change + 3_600_000, Date.UTC(2025, 11, 31, 17) - 1];
    for (const ms of edges) expect(dateInTimeZone(ms, "Asia/Ho_Chi_Minh")).toBe(intl(ms));
    const lastDay = Date.UTC(2199, 11, 31);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: change - 86_400_000 * 30, max: lastDay }),
          // Within a minute of a local midnight, where an offset one hour off would show.
          fc
            .tuple(
              fc.integer({ min: 0, max: Math.floor((lastDay - change) / 86_400_000) }),
              fc.integer({ min: -60_000, max: 60_000 }),
            )
            .map(([day, ms]) => change + 3_600_000 + day * 86_400_000 + ms),
        ),
        (ms) => {
          expect(dateInTimeZone(ms, "Asia/Ho_Chi_Minh")).toBe(intl(ms));
        },
      ),
      { seed: 1975, numRuns: 2000 },
    );
  });
});

describe("day numbers", () => {
  it("count days from 1970-01-01 exactly as calendar arithmetic does, in every era", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01") - dayNumber("2000-02-28")).toBe(2);
    expect(dayNumber("1900-03-01") - dayNumber("1900-02-28")).toBe(1);
    fc.assert(
      fc.property(fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(Math.floor(d.getTime() / 86_400_000));
        expect(dayNumber(iso) - dayNumber("2024-02-29")).toBe(daysBetween("2024-02-29", iso));
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
