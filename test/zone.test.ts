import { describe, expect, it } from "vitest";
import { runMou } from "./helpers.js";

// Each vitest project sets TZ; this proves the zone reaches both the tests and the `mou` they spawn, so
// that running a suite "in Pacific/Kiritimati" means what it says.
describe("the time zone of this run", () => {
  const zone = process.env.TZ ?? "UTC";
  const offset = (at: number) => 0 - new Date(at).getTimezoneOffset() || 0;
  const expected: Record<string, number> = { UTC: 0, "Pacific/Kiritimati": 14 * 60, "America/Los_Angeles": -8 * 60 };

  it("is in effect in the test process", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone === "UTC" ? "UTC" : zone);
    if (zone in expected) expect(offset(Date.UTC(2025, 0, 15))).toBe(expected[zone]);
  });

  it("is in effect in the spawned binary", () => {
    const run = runMou(["--version"], {
      env: {
        NODE_OPTIONS: "--import=data:text/javascript,console.log(Intl.DateTimeFormat().resolvedOptions().timeZone)",
      },
    });
    expect(run.stdout.split("\n")[0]).toBe(zone);
  });
});
