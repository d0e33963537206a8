import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

const dir = join(root, "test", "fixtures", "agenda", "agreements");
const documents = join(root, "test", "fixtures", "documents", "agreements");
const oneLine = (text: string) => text.replace(/\s+/g, " ");

/** The parts of a .docx (a zip of XML files), as text. */
function parts(file: string): Record<string, string> {
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

/** The text of each paragraph of document.xml, with its style. */
function paragraphs(xml: string): { style: string | undefined; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const body = m[1] ?? m[2] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    return { style, text: text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">") };
  });
}

describe("agenda in Word", () => {
  it("is an editable A4 document in Times New Roman with Decree 30 margins, real headings, lists and tables", () => {
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "agenda.docx");
      const base = ["--dir", dir, "--as-of", "2023-03-01", "agenda", "tinh-a-tinh-b-2021", "--format", "docx"];
      expect(runMou([...base, "-o", file], { env: { SOURCE_DATE_EPOCH: "1677664800" } })).toMatchObject({
        status: 0,
        stderr: "",
      });
      const zip = parts(file);
      const doc = zip["word/document.xml"]!;
      // A4 (11906 × 16838 twips); margins top/bottom 20 mm, left 30 mm, right 15 mm.
      expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      // Page numbers from page 2: a different first page, whose header is empty.
      expect(doc).toContain("<w:titlePg/>");
      const headers = Object.keys(zip).filter((n) => /^word\/header\d+\.xml$/.test(n));
      expect(headers.some((n) => zip[n]!.includes("PAGE"))).toBe(true);
      const styles = zip["word/styles.xml"]!;
      expect(styles).toContain('w:ascii="Times New Roman"');
      expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:b\/>/s);
      expect(styles).toMatch(/<w:docDefaults>.*?<w:sz w:val="26"\/>/s);
      const ps = paragraphs(doc);
      const text = oneLine(ps.map((p) => p.text).join("\n"));
      expect(text).toContain("ỦY BAN NHÂN DÂN TỈNH A");
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
      expect(text).toContain("A, ngày 01 tháng 3 năm 2023");
      expect(ps.find((p) => p.text === "CHƯƠNG TRÌNH")?.style).toBe("Title");
      expect(ps.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
        "I. THÔNG TIN CHUNG",
        "II. NỘI DUNG CHƯƠNG TRÌNH",
        "III. KỲ ĐÁNH GIÁ TIẾP THEO",
      ]);
      expect(doc).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
      expect(zip["word/numbering.xml"]).toContain('<w:lvlText w:val="%1."/>');
      // The report table repeats its header row on each page, and no row breaks across pages.
      expect(doc).toContain("<w:tblHeader/>");
      expect(doc).toContain("<w:cantSplit/>");
      expect(text).toContain("Nơi nhận: - Tỉnh B; - Các sở, ban, ngành liên quan; - Lưu: VT.");
      expect(text).toContain("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn A");
      expect(doc).not.toMatch(/<w:drawing|<pic:/);
      const core = zip["docProps/core.xml"]!;
      expect(core).toContain("<dc:title>Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B</dc:title>");
      expect(core).toContain("<dc:creator>ỦY BAN NHÂN DÂN TỈNH A</dc:creator>");
      expect(core).toContain(">2023-03-01T10:00:00Z</dcterms:created>");
    } finally {
      cleanup();
    }
  });

  it("keeps hostile text literal and well-formed XML", () => {
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "hostile.docx");
      expect(
        runMou(["--dir", dir, "--as-of", "2025-01-01", "agenda", "hostile-2024", "--format", "docx", "-o", file])
          .status,
      ).toBe(0);
      const zip = parts(file);
      // XML 1.0 forbids the C0 controls but tab, LF and CR.
      const forbidden = (c: string) => c < " " && c !== "\t" && c !== "\n" && c !== "\r";
      for (const [name, xml] of Object.entries(zip))
        if (name.endsWith(".xml")) expect([...xml].filter(forbidden), name).toEqual([]);
      const text = oneLine(
        paragraphs(zip["word/document.xml"]!)
          .map((p) => p.text)
          .join("\n"),
      ).replace(/\u200b/g, "");
      expect(text).toContain("<script>alert(1)</script> {{this}} &amp;");
      expect(text).toContain("x # KẾT LUẬN: HỦY BỎ THỎA THUẬN - mục giả | 9 | giả | giả | giả | giả | > trích");
      expect(zip["word/document.xml"]).not.toContain("<script>");
    } finally {
      cleanup();
    }
  });

  it("converts with LibreOffice to a PDF with the Vietnamese intact, in both languages", (context) => {
    needs(context, "soffice", "pdftotext");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const run = (args: string[], name: string) => {
        const r = runMou([...args, "--format", "docx", "-o", join(folder, name)]);
        expect(r.status).toBe(0);
      };
      run(["--dir", documents, "--as-of", "2025-10-01", "agenda", "tphcm-dbscl-2023"], "mekong.docx");
      run(["--as-of", "2025-07-01", "agenda", "nghe-an-quang-ngai-2023", "--lang", "en"], "nghe-an.en.docx");
      // A profile of its own, so that a LibreOffice already running on the machine does not take the job.
      const profile = join(folder, "profile");
      mkdirSync(profile);
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          folder,
          join(folder, "mekong.docx"),
          join(folder, "nghe-an.en.docx"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const text = (name: string) =>
        oneLine(execFileSync("pdftotext", ["-enc", "UTF-8", join(folder, name), "-"], { encoding: "utf8" }));
      const vi = text("mekong.pdf");
      expect(vi).toContain("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
      expect(vi).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(vi).toContain("Thành phố Hồ Chí Minh, ngày 01 tháng 10 năm 2025");
      expect(vi).toContain("Liên kết phát triển du lịch đường sông");
      expect(vi).toContain("Tỉnh Sóc Trăng → Cần Thơ (từ 01/7/2025)");
      expect(vi).toContain("Nơi nhận:");
      expect(vi).toBe(vi.normalize("NFC"));
      const en = text("nghe-an.en.pdf");
      expect(en).toContain("PEOPLE'S COMMITTEE OF NGHE AN PROVINCE");
      expect(en).toContain("Nghe An, 1 July 2025");
      expect(en).toContain("PROGRAMME");
      expect(en).toContain("ORDER OF BUSINESS");
      const pages = execFileSync("pdfinfo", [join(folder, "nghe-an.en.pdf")], { encoding: "utf8" });
      expect(pages).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    } finally {
      cleanup();
    }
  });
});
