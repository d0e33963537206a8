import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain ESM script without types
import { corpus } from "../../bench/corpus.mjs";
import { checkFile, fastCheck } from "../../src/load/check.js";
import { findAgreementFiles } from "../../src/load/files.js";
import { fuzzRuns, root, tempFolder } from "../helpers.js";

const options = { asOf: "2026-01-01", lang: "en" as const };
const both = (file: string, bytes: Uint8Array) => [
  checkFile(file, bytes, options),
  checkFile(file, bytes, { ...options, fast: false }),
];

describe("the fast path gives exactly what the positional path gives", () => {
  it("on every fixture and bundled agreement", async () => {
    const files = await findAgreementFiles([join(root, "test", "fixtures"), join(root, "agreements")], root);
    expect(files.length).toBeGreaterThan(50);
    for (const path of files) {
      const [fast, slow] = both(path.slice(root.length + 1), readFileSync(path));
      expect(fast, path).toEqual(slow);
    }
  });

  it("and is taken for ordinary valid files", () => {
    const { dir, cleanup } = tempFolder({});
    try {
      const folder = corpus(join(dir, "c"), 20);
      for (const name of ["agreements/nghe-an-quang-ngai-2023.yaml", "agreements/hue-usta-jica-partnership.yaml"]) {
        expect(fastCheck(name, readFileSync(join(root, name), "utf8"), options), name).toBeDefined();
      }
      const [first] = readdirSync(folder);
      expect(fastCheck(`c/${first}`, readFileSync(join(folder, first!), "utf8"), options)).toBeDefined();
    } finally {
      cleanup();
    }
  });

  it("on random edits of a valid agreement", () => {
    const base = readFileSync(join(root, "agreements", "nghe-an-quang-ngai-2023.yaml"), "utf8");
    const lines = base.split("\n");
    const scalars = [
      "1_000",
      "0b101",
      "0o17",
      "0x1F",
      "+12",
      "-0",
      ".5",
      "1.",
      "1e3",
      ".inf",
      "-.Inf",
      ".NaN",
      "~",
      "Null",
      "TRUE",
      "yes",
      "no",
      "on",
      "2023-07-24",
      "'quoted'",
      '"dq\\t"',
      "a: b",
      "[x, y]",
      "{a: 1}",
      "|",
      ">-",
      "# c",
      "\t",
      "  ",
      "",
    ];
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant("replace" as const),
        line: fc.nat(lines.length - 1),
        text: fc.constantFrom(...scalars),
      }),
      fc.record({
        kind: fc.constant("value" as const),
        line: fc.nat(lines.length - 1),
        text: fc.constantFrom(...scalars),
      }),
      fc.record({ kind: fc.constant("delete" as const), line: fc.nat(lines.length - 1), text: fc.constant("") }),
      fc.record({
        kind: fc.constant("indent" as const),
        line: fc.nat(lines.length - 1),
        text: fc.constantFrom(" ", "  ", "\t", ""),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const copy = [...lines];
        for (const e of edits) {
          const line = copy[e.line] ?? "";
          if (e.kind === "replace") copy[e.line] = e.text;
          else if (e.kind === "value") copy[e.line] = line.replace(/:( .*)?$/, `: ${e.text}`);
          else if (e.kind === "delete") copy.splice(e.line, 1);
          else copy[e.line] = e.text + line.trimStart();
        }
        const [fast, slow] = both("agreements/nghe-an-quang-ngai-2023.yaml", new TextEncoder().encode(copy.join("\n")));
        expect(fast).toEqual(slow);
      }),
      { seed: 77, numRuns: fuzzRuns(500) },
    );
  });
});
