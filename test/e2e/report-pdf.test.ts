import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

const dir = join(root, "test", "fixtures", "report", "agreements");
const hostile = join(root, "test", "fixtures", "report", "hostile");
const report = (...args: string[]) =>
  runMou(["--dir", dir, "--as-of", "2024-02-01", "report", "tinh-a-doi-tac-b-2022", ...args]);
const oneLine = (text: string) => text.replace(/\s+/g, " ");

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
