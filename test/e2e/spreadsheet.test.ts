import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

// Text that a spreadsheet would run as a formula, in every place a listing prints text from the data.
const hostile = `id: hostile-2024
title: "=1+2"
kind: mou
signed: 2024-01-10
parties:
  - id: a
    name: "@Tỉnh A"
    type: province
  - id: b
    name: "+84 Tỉnh B"
review: {every: P6M}
commitments:
  - id: "1"
    title: "-2+3 Quy hoạch"
    lead: [{party: a, agency: "=HYPERLINK(\\"http://x.example\\")"}]
    sectors: [planning]
    due: 2024-03-01
`;

interface Cell {
  "@_table:formula"?: string;
  "@_office:value-type"?: string;
  "@_office:value"?: string;
  "text:p"?: unknown;
}

/** The cells of the first sheet of a flat OpenDocument spreadsheet, row by row. */
function sheet(fods: string): Cell[][] {
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ["table:table-row", "table:table-cell"].includes(name),
  }).parse(fods);
  const table = doc["office:document"]["office:body"]["office:spreadsheet"]["table:table"];
  const first = Array.isArray(table) ? table[0] : table;
  return first["table:table-row"].map((row: { "table:table-cell": Cell[] }) => row["table:table-cell"]);
}

describe("CSV in a real spreadsheet (LibreOffice)", () => {
  it("never runs text from the data as a formula, and keeps numbers numbers", (context) => {
    needs(context, "soffice");
    const { dir, cleanup } = tempFolder({ "agreements/hostile-2024.yaml": hostile });
    try {
      const files: string[] = [];
      for (const command of ["commitments", "list", "due"]) {
        const run = runMou([command, "--format", "csv", "--as-of", "2025-06-01"], { cwd: dir });
        expect(run.stderr).toBe("");
        writeFileSync(join(dir, `${command}.csv`), run.stdout);
        files.push(join(dir, `${command}.csv`));
      }
      execFileSync(
        "soffice",
        ["--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "fods", "--outdir", dir, ...files],
        {
          stdio: "ignore",
          env: { ...process.env, HOME: dir },
        },
      );
      const shown = { commitments: ["-2+3 Quy hoạch", "=HYPERLINK"], list: ["=1+2", "@Tỉnh A", "+84 Tỉnh B"], due: [] };
      for (const [command, texts] of Object.entries(shown)) {
        const xml = readFileSync(join(dir, `${command}.fods`), "utf8");
        expect(xml, command).not.toContain("table:formula");
        for (const text of texts) expect(xml, command).toContain(text);
      }
      const due = sheet(readFileSync(join(dir, "due.fods"), "utf8"));
      const days = due[1]![4]!;
      expect(days["@_office:value-type"]).toBe("float");
      expect(Number(days["@_office:value"])).toBeLessThan(0);
      const list = sheet(readFileSync(join(dir, "list.fods"), "utf8"));
      expect(list[1]![7]!["@_office:value-type"]).toBe("date");
    } finally {
      cleanup();
    }
  });
});
