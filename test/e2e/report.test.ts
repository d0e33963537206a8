import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runMou } from "../helpers.js";

const dir = join(root, "test", "fixtures", "report", "agreements");
const golden = join(root, "test", "fixtures", "report", "golden");
const id = "tinh-a-doi-tac-b-2022";
const report = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2024-02-01", "report", id, ...args]);

describe("report in Markdown", () => {
  it.each(["vi", "en"])("matches the golden file (%s)", async (lang) => {
    const run = report("--lang", lang);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    await expect(run.stdout).toMatchFileSnapshot(join(golden, `${id}.${lang}.md`));
  });

  it("gives the same numbers as the scorecard", () => {
    const md = report().stdout;
    const json = JSON.parse(runMou(["--dir", dir, "--as-of", "2024-02-01", "scorecard", "--format", "json"]).stdout);
    const row = json.rows.find((r: { key: string }) => r.key === id);
    const cell = (label: string) => Number(new RegExp(`^\\| ${label} \\| (\\d+) \\|`, "m").exec(md)![1]);
    expect(cell("Hoàn thành")).toBe(row.commitments.done);
    expect(cell("Đang triển khai")).toBe(row.commitments["in-progress"]);
    expect(cell("Đình trệ")).toBe(row.commitments.stalled);
    expect(cell("Chưa triển khai")).toBe(row.commitments["not-started"]);
    expect(cell("Chậm tiến độ")).toBe(row.indicators["off-track"]);
    expect(cell("Quá hạn chưa đạt")).toBe(row.indicators.missed);
    expect(cell("Chưa có số liệu")).toBe(row.indicators["no-data"]);
    expect(md).toContain(`| **Tổng số** | **${row.commitments.total}** | **100%** |`);
    expect(md).toContain(`hoàn thành ${row.commitments.done} nội dung (đạt ${row.commitments.donePercent}%)`);
    expect(md).toContain(`đã đến hạn: ${row.reviews.due}; đã tổ chức: ${row.reviews.held}.`);
  });
});
