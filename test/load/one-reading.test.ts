import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isScalar, LineCounter, parseDocument, visit } from "yaml";
import type { Diagnostic } from "../../src/core/validation/diagnostic.js";
import { checkFile } from "../../src/load/check.js";
import { decode } from "../../src/load/decode.js";
import { normalize } from "../../src/load/yaml/normalize.js";
import { readYaml } from "../../src/load/yaml/read.js";
import { agreementYaml, brief, checkYaml, fuzzRuns, root } from "../helpers.js";
import { mutations } from "../mutations.js";

// mou reads YAML once, with one parser, whatever the command and whatever the date. These differential
// tests hold it to that on seeded random damage to real agreements: `npm test` runs a few thousand cases,
// `npm run fuzz` (MOU_FUZZ_RUNS) tens of thousands.
const RUNS = fuzzRuns(500);
const sources = [
  "nghe-an-quang-ngai-2023.yaml",
  "ba-ria-vung-tau-pbeg-2018.yaml",
  "hue-usta-jica-partnership.yaml",
].map((name) => readFileSync(join(root, "agreements", name)));

/** What the reading of the file says, apart from the rules that depend on the date. */
const undated = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => !d.code.startsWith("rule/") && !d.code.startsWith("review/"));

describe("one reading of YAML", () => {
  const onBothDates = (yaml: string) => {
    const early = brief(checkYaml(yaml, "test.yaml", "2025-01-01"));
    expect(brief(checkYaml(yaml, "test.yaml", "2027-06-30")).filter((d) => !/ rule\//.test(d))).toEqual(
      early.filter((d) => !/ rule\//.test(d)),
    );
    return early;
  };
  const commitment = (extra: string) =>
    agreementYaml("test", `commitments:\n  - id: "1"\n    title: X\n    due: 2026-01-01\n${extra}`);

  it("reports a comment without a space before it, whatever the date", () => {
    expect(onBothDates(commitment("    sectors: [economy]#note\n"))).toContain("test.yaml:14:23 yaml/syntax");
    expect(onBothDates(agreementYaml("test").replace("Thỏa thuận thử", '"Thỏa thuận thử"#x'))).toContain(
      "test.yaml:2:24 yaml/syntax",
    );
    expect(onBothDates(commitment("    sectors: [economy] #note\n"))).toEqual([]);
  });

  it("refuses old Mac line ends, a second document and text after the end marker, on any date", () => {
    expect(onBothDates(agreementYaml("test").replace(/\n/g, "\r"))).toEqual(["test.yaml:1:9 file/control-character"]);
    expect(onBothDates(`${agreementYaml("test")}---\nid: other\n`)).toEqual(["test.yaml:10:1 yaml/syntax"]);
    expect(onBothDates(`${agreementYaml("test")}...\nkind: project\n`)).toEqual(["test.yaml:11:1 yaml/syntax"]);
  });

  it("gives the same YAML and schema verdict on any date (random damage to real agreements)", () => {
    fc.assert(
      fc.property(fc.nat(sources.length - 1), mutations, (which, damage) => {
        const bytes = damage(sources[which]!);
        const early = checkFile("agreements/x.yaml", bytes, { asOf: "2024-01-01", lang: "en" });
        const late = checkFile("agreements/x.yaml", bytes, { asOf: "2031-06-30", lang: "en" });
        expect(undated(late.diagnostics)).toEqual(undated(early.diagnostics));
        if (early.agreement && late.agreement) expect(late.agreement).toEqual(early.agreement);
      }),
      { seed: 20260113, numRuns: RUNS },
    );
  });

  it("reads every value an editor's strict YAML parser reads the same way", () => {
    // The `yaml` package is what YAML editor extensions use. Where it reads a file without complaint, mou
    // must read the very same value; mou may refuse more (it bounds what it reads), never read otherwise.
    let both = 0;
    fc.assert(
      fc.property(fc.nat(sources.length - 1), mutations, (which, damage) => {
        const decoded = decode(damage(sources[which]!));
        if (!decoded.ok) return;
        const { text } = decoded;
        const strict = parseDocument(text, {
          version: "1.2",
          schema: "core",
          uniqueKeys: true,
          strict: true,
          lineCounter: new LineCounter(),
        });
        if (strict.errors.length > 0 || strict.warnings.length > 0 || strict.contents === null) return;
        // A key written as `~` or `null`: the strict parser makes it "", mou (and JavaScript) "null".
        let nullKey = false;
        visit(strict, {
          Pair: (_, pair) => {
            if (isScalar(pair.key) && pair.key.value === null) nullKey = true;
          },
        });
        if (nullKey) return;
        const mine = readYaml(text);
        if (mine.problems.length > 0) return;
        both++;
        expect(mine.value).toEqual(normalize(strict.toJS({ maxAliasCount: 100 })));
      }),
      { seed: 7, numRuns: Math.ceil(RUNS / 3) },
    );
    expect(both).toBeGreaterThan(RUNS / 30);
  });
});
