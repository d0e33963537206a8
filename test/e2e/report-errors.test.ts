import { join } from "node:path";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { root, runMou } from "../helpers.js";

// Not zone-sensitive (no dates in what they check), so they run once, in UTC.
const dir = join(root, "test", "fixtures", "report", "agreements");
const hostile = join(root, "test", "fixtures", "report", "hostile");
const id = "tinh-a-doi-tac-b-2022";
const report = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2024-02-01", "report", id, ...args]);

describe("report: hostile input and impossible requests", () => {
  it("keeps hostile text literal: no markup, HTML, template, chart or Mermaid syntax from the data survives", () => {
    const run = runMou(["--dir", hostile, "--as-of", "2024-06-01", "report", "hostile-report"]);
    expect(run.status).toBe(0);
    const html = marked.parse(run.stdout) as string;
    expect(html).not.toMatch(/<script|<b>|<i>|<svg|<strong>Đậm|href="javascript/);
    expect(html).toContain("**Đậm** &lt;script&gt;alert(1)&lt;/script&gt; {{this}} | ống");
    // Only the report's own charts are Mermaid blocks; the data's fences and chart names stay text.
    expect(run.stdout.match(/^```mermaid$/gm)).toHaveLength(2);
    expect(run.stdout.match(/^%% mou:chart /gm)).toHaveLength(2);
  });

  it("refuses impossible requests with one line and exit 2", () => {
    expect(report("--from", "2024-01-10", "--to", "2024-01-01", "--lang", "en")).toMatchObject({
      status: 2,
      stderr: `mou: ${id}: the period would start (2024-01-10) after it ends (2024-01-01)\n`,
    });
    expect(report("--party", "tinh-c", "--lang", "en").stderr).toBe(
      `mou: ${id}: no party "tinh-c" in this agreement (tinh-a, to-chuc-b)\n`,
    );
    expect(
      runMou(["--as-of", "2025-01-01", "report", "ba-ria-vung-tau-pbeg-2018", "--review", "1", "--lang", "en"]),
    ).toMatchObject({
      status: 2,
      stderr: "mou: ba-ria-vung-tau-pbeg-2018: the agreement states no review schedule; use --from and --to\n",
    });
    expect(report("--review", "0").status).toBe(2);
    expect(report("--to", "2024-02-30").status).toBe(2);
    expect(report("--format", "xlsx").status).toBe(2);
  });
});
