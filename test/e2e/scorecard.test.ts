import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";

const fixtures = join(root, "test", "fixtures", "report", "agreements");

/** Each run as a terminal shows it: command, exit code, stdout and stderr. */
function transcript(runs: string[][]): string {
  return runs
    .map((args) => {
      const { stdout, stderr, status } = runMou(args, { env: { COLUMNS: "160" } });
      const block = (label: string, text: string) => (text ? [label, "```", text.trimEnd(), "```"] : []);
      return [
        `$ mou ${args.join(" ")}`,
        `exit ${status}`,
        ...block("stdout:", stdout),
        ...block("stderr:", stderr),
        "",
      ].join("\n");
    })
    .join("\n");
}

describe("mou scorecard", () => {
  it("reads like this in a terminal", async () => {
    const text = transcript([
      ["scorecard", "--as-of", "2025-11-30"],
      ["scorecard", "--as-of", "2025-11-30", "--by", "unit", "--lang", "en"],
      ["scorecard", "--by", "agency", "--dir", "test/fixtures/report/agreements", "--as-of", "2024-02-01"],
      ["scorecard", "--by", "lead"],
    ]);
    await expect(text).toMatchFileSnapshot("./__snapshots__/scorecard.md");
  });

  it("writes the documented JSON: rows in a stable order and a total that counts each point once", () => {
    const run = runMou(["scorecard", "--as-of", "2025-11-30", "--by", "party", "--format", "json"]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["asOf", "by", "rows", "total"]);
    expect(json.asOf).toBe("2025-11-30");
    expect(Object.keys(json.rows[0])).toEqual(["key", "label", "agreements", "commitments", "indicators", "reviews"]);
    expect(Object.keys(json.rows[0].reviews)).toEqual(["held", "due", "missed", "last", "daysSinceLast", "next"]);
    expect(json.rows.at(-1).key).toBeNull();
    expect(json.total.commitments.total).toBe(23);
    // A point led by both provinces counts once for each, and once in the total.
    const led = json.rows.filter((r: { key: string }) => r.key === "nghe-an" || r.key === "quang-ngai");
    expect(led.map((r: { commitments: { total: number } }) => r.commitments.total)).toEqual([12, 12]);
    expect(json.total.indicators).toEqual({
      total: 1,
      achieved: 0,
      "on-track": 0,
      "off-track": 0,
      missed: 0,
      "no-data": 1,
      unknown: 0,
    });
  });

  it("writes CSV that a spreadsheet reads, every number in its own column", () => {
    const run = runMou(["--dir", fixtures, "--as-of", "2024-02-01", "scorecard", "--format", "csv", "--lang", "en"]);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(run.stdout, { bom: true });
    expect(rows[0]!.slice(0, 5)).toEqual(["Agreement", "Title", "Agreements", "Points", "Done"]);
    expect(rows).toHaveLength(3);
    expect(rows[2]![1]).toBe("Total");
    expect(rows[1]!.slice(3, 10)).toEqual(["5", "1", "2", "1", "1", "0", "20"]);
  });

  it("counts a value recorded with commitment set --actual", () => {
    const yaml = readFileSync(join(fixtures, "tinh-a-doi-tac-b-2022.yaml"), "utf8").replace("../../../../", "../");
    const { dir, cleanup } = tempFolder({ "agreements/tinh-a-doi-tac-b-2022.yaml": yaml });
    try {
      const set = runMou(
        ["commitment", "set", "tinh-a-doi-tac-b-2022", "4", "--actual", "rung=160", "--source", "Sở NN&PTNT"].concat([
          "--as-of",
          "2025-06-30",
        ]),
        { cwd: dir },
      );
      expect(set.stdout).toContain("+        actuals:\n+          - date: 2025-06-30\n+            value: 160\n");
      const json = JSON.parse(runMou(["scorecard", "--format", "json", "--as-of", "2025-06-30"], { cwd: dir }).stdout);
      expect(json.total.indicators).toMatchObject({ achieved: 1, "no-data": 0 });
    } finally {
      cleanup();
    }
  });
});
