import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codes } from "../src/core/validation/messages.js";
import { findAgreementFiles } from "../src/load/files.js";
import { checkFiles } from "../src/load/load-files.js";
import { root } from "./helpers.js";

// One folder per diagnostic code under test/fixtures/diagnostics, and one per kind of hostile or odd input
// under test/fixtures/bad; each expected.json lists "file:line:col code".
const casesDir = join(root, "test", "fixtures", "diagnostics");
const badDir = join(root, "test", "fixtures", "bad");
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const cases = folders(casesDir);
const badCases = folders(badDir);
const expected = (name: string, dir = casesDir): string[] =>
  JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8"));

async function diagnose(name: string, base = casesDir): Promise<string[]> {
  const dir = join(base, name);
  const files = await findAgreementFiles([dir], dir);
  // A case may set its own "today" in a file named as-of (the 2025 reorganisation needs a later one).
  const asOf = existsSync(join(dir, "as-of")) ? readFileSync(join(dir, "as-of"), "utf8").trim() : "2025-01-01";
  const results = await checkFiles(files, { cwd: dir, asOf, lang: "en" });
  return results.flatMap((r) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`));
}

describe("diagnostic fixtures", () => {
  it.each(cases)("%s", async (name) => {
    expect(await diagnose(name)).toEqual(expected(name));
  });

  it.each(badCases)("bad input: %s", async (name) => {
    expect(await diagnose(name, badDir)).toEqual(expected(name, badDir));
  });

  it("cover every diagnostic code that a file can produce", () => {
    const covered = new Set(cases.flatMap((name) => expected(name).map((line) => line.split(" ")[1])));
    // Tested elsewhere: file/unreadable and file/too-large need conditions a fixture cannot hold
    // (test/load/check.test.ts); schema/invalid is the fallback for schema keywords mou does not use;
    // review/* come from `mou check`, not from a file alone (test/e2e/schedule.test.ts).
    const elsewhere = ["file/unreadable", "file/too-large", "schema/invalid"];
    expect(
      codes.filter((code) => !covered.has(code) && !elsewhere.includes(code) && !code.startsWith("review/")),
    ).toEqual([]);
  });

  it("name each case after the code it shows", () => {
    for (const name of cases.filter((n) => !n.startsWith("valid-"))) {
      const code = name.replace("-", "/");
      expect(
        expected(name).some((line) => line.endsWith(` ${code}`)),
        name,
      ).toBe(true);
    }
  });
});
