import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

const dir = join(root, "test", "fixtures", "agenda", "agreements");
const agenda = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2023-03-01", "agenda", ...args]);
const pdfText = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
const pdfInfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });
const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe("agenda in PDF", () => {
  it("is A4 with embedded, subset Tinos, metadata, page numbers and extractable Vietnamese", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const run = agenda("tinh-a-tinh-b-2021", "--format", "pdf", "-o", join(folder, "agenda.pdf"));
      expect(run).toMatchObject({ status: 0, stderr: "" });
      const file = join(folder, "agenda.pdf");
      const info = pdfInfo(file);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      expect(info).toContain("Title:           Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B");
      expect(info).toContain("Subject:         Chương trình hội nghị đánh giá lần 2");
      expect(info).toContain("Creator:         mou");
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Tinos-\S+\s.*\byes\s+yes\s+yes\b/);
      const text = oneLine(pdfText(file));
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
      expect(text).toContain("A, ngày 15 tháng 3 năm 2023");
      expect(text).toContain(
        "CHƯƠNG TRÌNH Hội nghị đánh giá lần 2 tình hình thực hiện Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B",
      );
      expect(text).toContain("Nội dung 2: Kết nối giao thông (đình trệ; quá hạn ngày 31 tháng 12 năm 2022)");
      expect(text).toContain("Xác định nhiệm vụ thời gian tiếp theo");
      expect(text).toContain("Kỳ đánh giá lần 3 dự kiến vào ngày 15 tháng 3 năm 2024");
      expect(text).toBe(text.normalize("NFC"));
    } finally {
      cleanup();
    }
  });

  it("numbers pages from page 2, in the top margin", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "long.pdf");
      runMou(["--as-of", "2025-07-01", "agenda", "nghe-an-quang-ngai-2023", "--format", "pdf", "-o", file]);
      const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-y", "0", "-H", "60", "-W", "600", file, "-"], {
        encoding: "utf8",
      }).trim();
      const second = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-y", "0", "-H", "60", "-W", "600", file, "-"], {
        encoding: "utf8",
      }).trim();
      expect(first).toBe("");
      expect(second).toBe("2");
    } finally {
      cleanup();
    }
  });

  it("shows hostile text literally", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "hostile.pdf");
      expect(
        runMou(["--dir", dir, "--as-of", "2025-01-01", "agenda", "hostile-2024", "--format", "pdf", "-o", file]).status,
      ).toBe(0);
      const text = oneLine(pdfText(file));
      expect(text).toContain(
        "**Đậm** # không phải tiêu đề [liên kết](http://x.example) | ống <script>alert(1)</script> {{this}} &amp;",
      );
      expect(text).toContain("1. không phải danh sách *nghiêng* _gạch_ `mã` ~~gạch~~ \\ \\n");
    } finally {
      cleanup();
    }
  });

  it("follows a custom template too", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({
      "mine.md.hbs": "# BIÊN BẢN RIÊNG\n\nLần {{review.number}}: {{title}}\n",
    });
    try {
      const file = join(folder, "mine.pdf");
      agenda("tinh-a-tinh-b-2021", "--template", join(folder, "mine.md.hbs"), "--format", "pdf", "-o", file);
      expect(oneLine(pdfText(file)).trim()).toBe("BIÊN BẢN RIÊNG Lần 2: Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B");
    } finally {
      cleanup();
    }
  });

  it(
    "writes <id>-review-<n>.pdf by default, never replaces a file without --force, never " + "leaves a partial file",
    () => {
      const { dir: folder, cleanup } = tempFolder({ "taken.pdf": "old" });
      try {
        const opts = { cwd: folder };
        expect(
          runMou(["--dir", dir, "--as-of", "2023-03-01", "agenda", "tinh-a-tinh-b-2021", "--format", "pdf"], opts),
        ).toMatchObject({ status: 0, stdout: "tinh-a-tinh-b-2021-review-2.pdf\n" });
        expect(readFileSync(join(folder, "tinh-a-tinh-b-2021-review-2.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
        const again = runMou(
          ["--dir", dir, "--as-of", "2023-03-01", "agenda", "tinh-a-tinh-b-2021", "--format", "pdf", "-o", "taken.pdf"],
          opts,
        );
        expect(again).toMatchObject({
          status: 2,
          stderr: `mou: ${join(folder, "taken.pdf")} already exists; use --force to replace it\n`,
        });
        expect(readFileSync(join(folder, "taken.pdf"), "utf8")).toBe("old");
        expect(
          runMou(
            [
              "--dir",
              dir,
              "--as-of",
              "2023-03-01",
              "agenda",
              "tinh-a-tinh-b-2021",
              "--format",
              "pdf",
              "-o",
              "taken.pdf",
              "--force",
            ],
            opts,
          ).status,
        ).toBe(0);
        expect(readFileSync(join(folder, "taken.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
        const missing = runMou(
          [
            "--dir",
            dir,
            "--as-of",
            "2023-03-01",
            "agenda",
            "tinh-a-tinh-b-2021",
            "--format",
            "pdf",
            "-o",
            "no/such/agenda.pdf",
          ],
          opts,
        );
        expect(missing.status).toBe(2);
        expect(existsSync(join(folder, "no"))).toBe(false);
        expect(readdirSync(folder).sort()).toEqual(["taken.pdf", "tinh-a-tinh-b-2021-review-2.pdf"]);
        writeFileSync(join(folder, "x"), "");
      } finally {
        cleanup();
      }
    },
  );
});
