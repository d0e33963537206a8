import { describe, expect, it } from "vitest";
// @ts-expect-error a plain ESM script without types
import { stressEdits } from "../../scripts/stress-edits.mjs";

// Edits of one file take turns under a lock, so concurrent writers never lose an update. A short version
// here; `node scripts/stress-edits.mjs 30 8` runs many more rounds.
describe("concurrent edits of one file", () => {
  it("keep every update: 2 rounds of 4 writers at once", async () => {
    expect(await stressEdits({ rounds: 2, writers: 4 })).toEqual([]);
  }, 60_000);
});
