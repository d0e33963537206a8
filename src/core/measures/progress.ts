import type { Actual, Indicator } from "../model/agreement.js";
import { daysBetween } from "../schedule/duration.js";

/** How an indicator stands on a date; JSON and the catalogue use these codes. */
export const tracks = ["achieved", "on-track", "off-track", "missed", "no-data", "unknown"] as const;
export type Track = (typeof tracks)[number];

export interface IndicatorProgress {
  /** The latest value measured on or before the as-of date. */
  latest: Actual | null;
  /**
   * How far the latest value has come from the baseline towards the target, in per cent (one decimal):
   * 0 at the baseline, 100 at the target, below 0 when it moved the wrong way. Null without a value, or
   * when the target equals the baseline (there is no way to go, only a level to hold).
   */
  percent: number | null;
  /** Where the calendar says it should be by the latest value's date (straight line), or null without dates. */
  expected: number | null;
  /** Whether the latest value meets the target (at or beyond it, in the indicator's direction). */
  reached: boolean;
  track: Track;
}

const LIMIT = 1_000_000;

/** One decimal, and never "-0". */
const tenth = (x: number): number => Math.round(x * 10) / 10 + 0;

/** The latest actual dated on or before `asOf`; of two on one date (an invalid file), the later in the list. */
export function latestActual(indicator: Indicator, asOf: string): Actual | null {
  let latest: Actual | null = null;
  for (const a of indicator.actuals ?? []) if (a.date <= asOf && (latest === null || a.date >= latest.date)) latest = a;
  return latest;
}

/** Per cent of the way from the baseline to the target, or null when they are equal (or the wrong way round). */
export function percentOfWay(indicator: Indicator, value: number): number | null {
  const sign = (indicator.direction ?? "increase") === "increase" ? 1 : -1;
  const need = sign * (indicator.target.value - indicator.baseline.value);
  if (!(need > 0)) return null;
  // A way of almost no length (0.1 to 0.1000001) gives enormous shares; past a million per cent they stop.
  const raw = (100 * sign * (value - indicator.baseline.value)) / need;
  const percent = tenth(Math.max(-LIMIT, Math.min(LIMIT, raw)));
  // Rounding must not claim the target for a value short of it (99.96 → 100.0).
  return percent >= 100 && !meets(indicator, value) ? 99.9 : percent;
}

/** Whether a value is at or beyond the target in the indicator's direction (compared exactly, not via percent). */
export function meets(indicator: Indicator, value: number): boolean {
  return (indicator.direction ?? "increase") === "increase"
    ? value >= indicator.target.value
    : value <= indicator.target.value;
}

/** The straight-line expectation on `date`: 0 at the baseline date, 100 at the target date, clamped. */
export function expectedOn(indicator: Indicator, date: string): number | null {
  const { date: from } = indicator.baseline;
  const { by } = indicator.target;
  if (from === undefined || by === undefined) return null;
  const span = daysBetween(from, by);
  if (span <= 0) return null;
  return tenth(100 * Math.min(1, Math.max(0, daysBetween(from, date) / span)));
}

/**
 * The progress of an indicator as of a date. Pure arithmetic on the file's numbers:
 * - achieved: the latest value meets the target;
 * - missed: it does not, and the target date has passed;
 * - on-track / off-track: the share of the way covered is at least / below the share of time elapsed
 *   between the baseline date and the target date, as of the latest value's date; a level to hold
 *   (target = baseline) that is not held is off track;
 * - no-data: no value yet; unknown: not reached, and no dates to judge the pace by.
 */
export function progressOf(indicator: Indicator, asOf: string): IndicatorProgress {
  const latest = latestActual(indicator, asOf);
  if (latest === null) return { latest, percent: null, expected: null, reached: false, track: "no-data" };
  const percent = percentOfWay(indicator, latest.value);
  const expected = expectedOn(indicator, latest.date);
  const reached = meets(indicator, latest.value);
  const by = indicator.target.by;
  const track: Track = reached
    ? "achieved"
    : by !== undefined && asOf > by
      ? "missed"
      : percent === null
        ? "off-track"
        : expected === null
          ? "unknown"
          : percent >= expected
            ? "on-track"
            : "off-track";
  return { latest, percent, expected, reached, track };
}
