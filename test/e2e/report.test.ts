import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

const dir = join(root, "test", "fixtures", "report", "agreements");
const hostile = join(root, "test", "fixtures", "report", "hostile");
const golden = join(root, "test", "fixtures", "report", "golden");
const id = "tinh-a-doi-tac-b-2022";
const report = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2024-02-01", "report", id, ...args]);
const oneLine = (text: string) => text.replace(/\s+/g, " ");

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
    expect(report("--format", "docx").status).toBe(2);
  });
});

describe("report in PDF", () => {
  it("lays out the same report with its charts drawn, every number readable by pdftotext", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "bao-cao.pdf");
      expect(report("--format", "pdf", "-o", file)).toMatchObject({ status: 0, stdout: `${file}\n` });
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      expect(info).toContain("Subject:         Báo cáo kết quả thực hiện Chương trình hợp tác phát triển giữa tỉnh A");
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Tinos-\S+\s.*\byes\s+yes\s+yes\b/);
      const text = oneLine(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
      expect(text).toContain("BÁO CÁO Kết quả thực hiện Chương trình hợp tác phát triển giữa tỉnh A");
      expect(text).toContain("I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ THỰC HIỆN");
      // The charts' own labels: the status legend, the indicators' shares, the timeline's events.
      expect(text).toContain("Đang triển khai: 2 (40%)");
      expect(text).toContain("26,7% (kế hoạch 74,8%)");
      expect(text).toContain("15/3/2024 lần 2: sắp đến hạn");
      expect(text).not.toContain("mou:chart");
      expect(text).not.toContain("pie showData");
      expect(text).toBe(text.normalize("NFC"));
      expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
      expect(report("--format", "pdf", "-o", file).status).toBe(2);
    } finally {
      cleanup();
    }
  });

  it("shows hostile text as the same characters", (context) => {
    needs(context, "pdftotext");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "hostile.pdf");
      runMou(["--dir", hostile, "--as-of", "2024-06-01", "report", "hostile-report", "--format", "pdf", "-o", file]);
      const text = oneLine(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
      expect(text).toContain("**Đậm** <script>alert(1)</script> {{this}} | ống");
      expect(text).toContain("%% mou:chart status <svg onload=alert(1)>");
    } finally {
      cleanup();
    }
  });
});
