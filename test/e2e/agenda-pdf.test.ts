import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

const dir = join(root, "test", "fixtures", "agenda", "agreements");
const documents = join(root, "test", "fixtures", "documents", "agreements");
const agenda = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2023-03-01", "agenda", ...args]);
const pdfText = (file: string, ...args: string[]) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", ...args, file, "-"], { encoding: "utf8" });
const pdfInfo = (file: string, ...args: string[]) => execFileSync("pdfinfo", [...args, file], { encoding: "utf8" });
const oneLine = (text: string) => text.replace(/\s+/g, " ");
const pagesOf = (file: string) => pdfText(file, "-layout").split("\f").slice(0, -1);

/** What a clerk checks page by page: no page ends on a heading or a lead-in, none holds the closing alone. */
function expectClerkLayout(file: string): void {
  const pages = pagesOf(file);
  for (const [i, page] of pages.entries()) {
    const lines = page.split("\n").filter((l) => l.trim() !== "");
    const last = lines.at(-1)!.trim();
    if (i < pages.length - 1) {
      expect(last, `page ${i + 1} ends on a lead-in`).not.toMatch(/:$/);
      expect(last, `page ${i + 1} ends on a heading`).not.toMatch(/^(I|II|III|IV)\. [A-ZĐ ]+$/);
    }
  }
  const lastPage = pages
    .at(-1)!
    .split("\n")
    .filter((l) => l.trim() !== "");
  const closing = lastPage.findIndex((l) => /^\s*(III\.|Nơi nhận|Recipients)/.test(l));
  expect(closing, "the closing section shares its page with what comes before it").toBeGreaterThan(1);
}

describe("agenda in PDF", () => {
  it("is a tagged A4 PDF/A-2b with embedded Tinos, XMP metadata and extractable Vietnamese", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "agenda.pdf");
      const run = runMou(
        ["--dir", dir, "--as-of", "2023-03-01", "agenda", "tinh-a-tinh-b-2021", "--format", "pdf", "-o", file],
        {
          env: { SOURCE_DATE_EPOCH: "1677664800" },
        },
      );
      expect(run).toMatchObject({ status: 0, stderr: "" });
      const info = pdfInfo(file);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      expect(info).toMatch(/PDF version:\s+1\.7/);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toContain("Title:           Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B");
      expect(info).toContain("Author:          ỦY BAN NHÂN DÂN TỈNH A");
      expect(info).toContain("Subject:         Chương trình hội nghị đánh giá lần 2");
      // CreationDate is when the file was made (here fixed by SOURCE_DATE_EPOCH), not the meeting date.
      expect(pdfInfo(file, "-isodates")).toMatch(/CreationDate:\s+2023-03-01T10:00:00Z/);
      const xmp = pdfInfo(file, "-meta");
      expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
      expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
      expect(xmp).toContain('<rdf:li xml:lang="x-default">Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B</rdf:li>');
      expect(xmp).toContain("<rdf:li>ỦY BAN NHÂN DÂN TỈNH A</rdf:li>");
      expect(xmp).toContain("<xmp:CreateDate>2023-03-01T10:00:00Z</xmp:CreateDate>");
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Tinos-\S+\s.*\byes\s+yes\s+yes\b/);
      const text = oneLine(pdfText(file));
      expect(text).toContain("ỦY BAN NHÂN DÂN TỈNH A");
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(text).toContain("/CTr-UBND");
      expect(text).toContain(
        "CHƯƠNG TRÌNH Hội nghị đánh giá lần 2 tình hình thực hiện Bản ghi nhớ hợp tác giữa tỉnh A",
      );
      expect(text).toContain("Nội dung 2: Kết nối giao thông (đình trệ; quá hạn từ ngày 31 tháng 12 năm 2022)");
      expect(text).toContain("Kỳ đánh giá lần 3 dự kiến tổ chức vào ngày 15 tháng 3 năm 2024");
      expect(text).toContain("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH");
      expect(text).toContain("Nguyễn Văn A");
      expect(text).toMatch(/Nơi nhận: - Tỉnh B; - Các sở, ban, ngành liên quan; - Lưu: VT\./);
      expect(text).not.toContain("tinh-a-tinh-b-2021");
      expect(text).toBe(text.normalize("NFC"));
      // The place-and-date line is one line.
      expect(pdfText(file, "-layout")).toMatch(/A, ngày 01 tháng 3 năm 2023\n/);
    } finally {
      cleanup();
    }
  });

  it("numbers pages from page 2, and keeps headings, lead-ins and the closing section in place", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "long.pdf");
      runMou(["--as-of", "2025-07-01", "agenda", "nghe-an-quang-ngai-2023", "--format", "pdf", "-o", file]);
      const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      const top = (page: number) =>
        pdfText(file, "-f", String(page), "-l", String(page), "-y", "0", "-H", "60", "-W", "600").trim();
      expect(top(1)).toBe("");
      expect(top(2)).toBe("2");
      expectClerkLayout(file);
      const text = oneLine(pdfText(file));
      expect(text).toContain("Nghệ An, ngày 01 tháng 7 năm 2025");
      expect(text).toContain("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
      expect(text).toContain("Nơi nhận: - UBND tỉnh Quảng Ngãi;");
    } finally {
      cleanup();
    }
  });

  it("issues for the successor of a merged province and lays out fourteen parties", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "mekong.pdf");
      const base = ["--dir", documents, "--as-of", "2025-10-01", "agenda", "tphcm-dbscl-2023", "--format", "pdf"];
      expect(runMou([...base, "-o", file]).status).toBe(0);
      const text = oneLine(pdfText(file));
      expect(text).toContain("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
      expect(text).toContain("Thành phố Hồ Chí Minh, ngày 01 tháng 10 năm 2025");
      expect(text).toContain("Tỉnh Bạc Liêu → Cà Mau (từ 01/7/2025)");
      expect(text).toContain("UBND các tỉnh, thành phố: Cần Thơ, Tây Ninh, Đồng Tháp, Vĩnh Long, An Giang, Cà Mau;");
      expect(text).toContain("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH");
      expectClerkLayout(file);
      const merged = join(folder, "brvt.pdf");
      const brvt = ["--as-of", "2026-01-01", "agenda", "ba-ria-vung-tau-pbeg-2018", "--date", "2026-03-10"];
      expect(runMou([...brvt, "--format", "pdf", "-o", merged, "--lang", "en"]).status).toBe(0);
      const en = oneLine(pdfText(merged));
      expect(en).toContain("PEOPLE'S COMMITTEE OF HO CHI MINH CITY");
      expect(en).toContain("Ho Chi Minh City, 1 January 2026");
      expect(en).toContain("PROGRAMME");
      expect(en).toContain("Ba Ria - Vung Tau Province → Ho Chi Minh City (since 1 July 2025)");
    } finally {
      cleanup();
    }
  });

  it("shows hostile text literally, and no line end in the data starts a heading, a list item or a row", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "hostile.pdf");
      expect(
        runMou(["--dir", dir, "--as-of", "2025-01-01", "agenda", "hostile-2024", "--format", "pdf", "-o", file]).status,
      ).toBe(0);
      const text = oneLine(pdfText(file).replace(/\u200b/g, ""));
      expect(text).toContain(
        "**Đậm** # không phải tiêu đề [liên kết](http://x.example) | ống <script>alert(1)</script> {{this}} &amp;",
      );
      expect(text).toContain("1. không phải danh sách *nghiêng* _gạch_ `mã` ~~gạch~~ \\ \\n");
      expect(text).toContain("ỦY BAN <B>NHÂN</B> | DÂN # TIÊU ĐỀ GIẢ");
      expect(text).toContain("A - mục giả, ngày 01 tháng 01 năm 2025");
      // The forged heading, list item and row stay inside their table cell, on the lines of that cell.
      const layout = pdfText(file, "-layout");
      const row = layout.split("\n").find((l) => l.includes("x # KẾT LUẬN"));
      expect(row).toMatch(/^\s*2\s+x # KẾT LUẬN/);
      expect(layout).not.toMatch(/^\s*# KẾT LUẬN/m);
    } finally {
      cleanup();
    }
  });

  it("lays out words of 50,000 letters without a break, across pages and table rows", (context) => {
    needs(context, "pdftotext", "pdfinfo", "pdffonts");
    const word = `Đ${"a".repeat(49_999)}`;
    const { dir: folder, cleanup } = tempFolder({
      "agreements/long-2024.yaml":
        `id: long-2024\ntitle: "${word}"\nkind: mou\nsigned: 2024-01-01\nparties:\n` +
        '  - {id: na, name: Tỉnh Nghệ An, type: province, unit: "40"}\n' +
        `  - {id: b, name: "${"b".repeat(2_000)}"}\nreview: {every: P1Y}\n` +
        `commitments:\n  - {id: "1", title: "${"z".repeat(20_000)}", lead: [{agency: "${"w".repeat(10_000)}"}]}\n`,
    });
    try {
      const file = join(folder, "long.pdf");
      const base = ["--dir", join(folder, "agreements"), "--as-of", "2024-12-01", "agenda", "long-2024"];
      expect(runMou([...base, "--format", "pdf", "-o", file]).status).toBe(0);
      // The body without the page numbers and the header rows repeated at the top of each page.
      const text = pdfText(file, "-y", "45", "-H", "800", "-W", "600")
        .replace(/Số|Nội dung|Chủ trì|Tiến độ|Thay đổi từ kỳ trước/g, "")
        .replace(/[\u200b\s]/g, "");
      expect(text).toContain(word);
      // Side by side in one row, the two cells' lines interleave in the text: count their letters (z and w
      // occur in no Vietnamese word).
      expect(text.match(/z/g)).toHaveLength(20_000);
      expect(text.match(/w/g)).toHaveLength(10_000);
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
      const text = oneLine(pdfText(file));
      expect(text).toContain("BIÊN BẢN RIÊNG Lần 2: Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B");
      expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
    } finally {
      cleanup();
    }
  });

  it("writes <id>-review-<n>.pdf by default, replaces a file only with --force, never leaves a partial one", () => {
    const { dir: folder, cleanup } = tempFolder({ "taken.pdf": "old" });
    try {
      const opts = { cwd: folder };
      const base = ["--dir", dir, "--as-of", "2023-03-01", "agenda", "tinh-a-tinh-b-2021"];
      expect(runMou([...base, "--format", "pdf"], opts)).toMatchObject({
        status: 0,
        stdout: "tinh-a-tinh-b-2021-review-2.pdf\n",
      });
      expect(readFileSync(join(folder, "tinh-a-tinh-b-2021-review-2.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
      expect(runMou([...base, "--format", "pdf", "-o", "taken.pdf"], opts)).toMatchObject({
        status: 2,
        stderr: `mou: ${join(folder, "taken.pdf")} đã có; dùng --force để ghi đè\n`,
      });
      expect(readFileSync(join(folder, "taken.pdf"), "utf8")).toBe("old");
      expect(runMou([...base, "--format", "pdf", "-o", "taken.pdf", "--force"], opts).status).toBe(0);
      expect(readFileSync(join(folder, "taken.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
      expect(runMou([...base, "--format", "pdf", "-o", "no/such/agenda.pdf"], opts).status).toBe(2);
      expect(existsSync(join(folder, "no"))).toBe(false);
      expect(readdirSync(folder).sort()).toEqual(["taken.pdf", "tinh-a-tinh-b-2021-review-2.pdf"]);
    } finally {
      cleanup();
    }
  });
});
