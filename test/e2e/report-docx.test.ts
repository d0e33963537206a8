import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";

const dir = join(root, "test", "fixtures", "report", "agreements");
const report = (...args: string[]) =>
  runMou(["--dir", dir, "--as-of", "2024-02-01", "report", "tinh-a-doi-tac-b-2022", ...args]);
const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe("report in Word", () => {
  it("holds each chart as SVG with a PNG fallback and its numbers as alternative text", () => {
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "bao-cao.docx");
      expect(report("--format", "docx", "-o", file)).toMatchObject({ status: 0, stdout: `${file}\n`, stderr: "" });
      const zip = unzipSync(new Uint8Array(readFileSync(file)));
      const media = Object.keys(zip).filter((n) => n.startsWith("word/media/"));
      expect(media.filter((n) => n.endsWith(".svg"))).toHaveLength(3);
      expect(media.filter((n) => n.endsWith(".png"))).toHaveLength(3);
      for (const png of media.filter((n) => n.endsWith(".png")))
        expect([...zip[png]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
      const doc = new TextDecoder().decode(zip["word/document.xml"]);
      expect(doc).toContain('descr="Tiến độ thực hiện 5 nội dung: Hoàn thành: 1 (20%); Đang triển khai: 2 (40%)');
      expect(doc).toContain("asvg:svgBlip");
      expect(doc).toContain("BÁO CÁO");
      expect(doc).not.toContain("mou:chart");
    } finally {
      cleanup();
    }
  });

  it("converts with LibreOffice, the charts drawn as pictures and the text intact", (context) => {
    needs(context, "soffice", "pdftotext", "pdfimages");
    const { dir: folder, cleanup } = tempFolder({});
    try {
      const file = join(folder, "bao-cao.docx");
      report("--format", "docx", "-o", file);
      const profile = join(folder, "profile");
      mkdirSync(profile);
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", folder, file],
        { stdio: "ignore", timeout: 120_000 },
      );
      const pdf = join(folder, "bao-cao.pdf");
      const text = oneLine(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
      expect(text).toContain("BÁO CÁO Kết quả thực hiện Chương trình hợp tác phát triển giữa tỉnh A");
      expect(text).toContain("Biểu đồ 1. Tiến độ thực hiện 5 nội dung – Hoàn thành: 1 (20%)");
      expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
      // Each chart reaches the page: LibreOffice draws the SVG or its PNG, either way an image.
      const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
      expect(images.length).toBeGreaterThanOrEqual(3);
    } finally {
      cleanup();
    }
  });
});
