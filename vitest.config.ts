import { mkdtempSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The suites whose results could depend on the machine's time zone: calendar arithmetic, "today", and
 * the commands that print or write dates (due, check, agenda, edits, iCalendar). They run once more in a
 * zone far east of UTC and once in one far west of it; everything runs in UTC.
 */
export const zoneSensitive = [
  "test/zone.test.ts",
  "test/core/schedule/**/*.test.ts",
  "test/core/measures/**/*.test.ts",
  "test/core/views/portfolio.test.ts",
  "test/format/due.test.ts",
  "test/e2e/schedule.test.ts",
  "test/e2e/edit.test.ts",
  "test/e2e/agenda.test.ts",
  "test/e2e/report.test.ts",
  "test/e2e/scorecard.test.ts",
  "test/e2e/site.test.ts",
  "test/exchange/cells.test.ts",
  "test/exchange/workbook.test.ts",
];

const zones = ["Pacific/Kiritimati", "America/Los_Angeles"];

// A binary started other than through runMou (which gives every run an empty cache of its own) keeps its
// cache here, never in the repository's node_modules/.cache, where a run before the tests left one.
const cache = mkdtempSync(join(tmpdir(), "mou-test-cache-"));

export default defineConfig({
  test: {
    // Most tests wait on a spawned `mou`: one worker per core keeps both cores busy.
    maxWorkers: availableParallelism(),
    // A test that needs anywhere near this is broken, not slow: the budgets live in `npm run bench`.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "UTC", include: ["test/**/*.test.ts"], env: { TZ: "UTC", MOU_CACHE_DIR: cache } },
      },
      ...zones.map((zone) => ({
        extends: true,
        test: { name: zone, include: zoneSensitive, env: { TZ: zone, MOU_CACHE_DIR: cache } },
      })),
    ],
  },
});
