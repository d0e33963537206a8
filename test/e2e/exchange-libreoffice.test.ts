import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { agreementYaml, runMou, tempFolder } from "../helpers.js";
import { needs } from "../tools.js";
import { zipEntry } from "../zip.js";

const ASOF = "2025-07-24";

const yaml = agreementYaml(
  "a-2024",
  `commitments:
  - id: "1"
    title: Phối hợp xây dựng Quy hoạch tỉnh giai đoạn 2021 - 2030, tầm nhìn đến năm 2050
    lead: [{party: a, agency: Sở Tài chính}]
    status: in-progress
    due: 2025-12-31
    indicators:
      - id: ho-so
        title: Số hồ sơ quy hoạch được thẩm định
        unit: hồ sơ
        baseline: {value: 0}
        target: {value: 12, by: 2026-12-31}
`,
);

function soffice(dir: string, target: string, file: string, outdir: string): void {
  // Its own profile in the test's folder, so that runs never share (or wait on) a LibreOffice user profile.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      target,
      "--outdir",
      outdir,
      file,
    ],
    { stdio: "ignore", env: { ...process.env, HOME: dir } },
  );
}

describe("the workbook in LibreOffice", () => {
  it("prints its Vietnamese, keeps the drop-down and the locks, and comes back through import", async (context) => {
    needs(context, "soffice", "pdftotext");
    const { dir, cleanup } = tempFolder({ "agreements/a-2024.yaml": yaml });
    try {
      expect(runMou(["export", "--as-of", ASOF, "-o", "updates.xlsx"], { cwd: dir }).status).toBe(0);

      // Printed: the instructions and the sheet, every Vietnamese letter intact, the hidden columns left out.
      soffice(dir, "pdf", join(dir, "updates.xlsx"), dir);
      const text = execFileSync("pdftotext", ["-layout", join(dir, "updates.pdf"), "-"], { encoding: "utf8" });
      for (const words of [
        "BẢNG CẬP NHẬT TIẾN ĐỘ THỰC HIỆN CÁC THỎA THUẬN HỢP TÁC",
        "Tiến độ mới",
        "Kết quả thực hiện",
        "Phối hợp xây dựng Quy hoạch tỉnh",
        "Chỉ tiêu: Số hồ sơ quy hoạch được thẩm định",
        "Đang triển khai",
        "31/12/2025",
      ])
        expect(text).toContain(words);
      expect(text).not.toContain("mou:key");

      // Saved again by LibreOffice: what it understood of the layout is what it writes back.
      soffice(dir, "xlsx:Calc MS Excel 2007 XML", join(dir, "updates.xlsx"), join(dir, "lo"));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, "lo", "updates.xlsx"));
      expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
        ["Hướng dẫn", "visible"],
        ["a-2024", "visible"],
        ["mou", "hidden"],
      ]);
      const ws = book.getWorksheet("a-2024")!;
      // (A headless LibreOffice has no window, so it writes no frozen pane back: workbook.test.ts checks ours.)
      expect(ws.getCell("H2").dataValidation).toMatchObject({ type: "list" });
      expect(String(ws.getCell("H2").dataValidation.formulae)).toContain("Đang triển khai");
      const xml = zipEntry(readFileSync(join(dir, "lo", "updates.xlsx")), "xl/worksheets/sheet2.xml") ?? "";
      expect(xml).toMatch(/<sheetProtection sheet="(true|1)"/);
      const styles = zipEntry(readFileSync(join(dir, "lo", "updates.xlsx")), "xl/styles.xml") ?? "";
      const xfs = styles.slice(styles.indexOf("<cellXfs")).split("<xf ").slice(1);
      const locked = (ref: string) => {
        const style = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1] ?? 0);
        return !/locked="(false|0)"/.test(xfs[style]!.split("</xf>")[0]!);
      };
      expect([locked("C2"), locked("G2"), locked("H2"), locked("I2"), locked("J2"), locked("J3")]).toEqual([
        true,
        true,
        false,
        false,
        true,
        false,
      ]);
      expect(ws.getColumn(13).hidden).toBe(true);

      // Filled by a second library in LibreOffice's file, then imported.
      const filled = XLSX.read(readFileSync(join(dir, "lo", "updates.xlsx")));
      const sheet = filled.Sheets["a-2024"]!;
      sheet.H2 = { t: "s", v: "Hoàn thành" };
      sheet.I2 = { t: "s", v: "Đã trình thẩm định" };
      sheet.J3 = { t: "n", v: 5 };
      sheet.K3 = { t: "n", v: 45838, z: "dd/mm/yyyy" };
      writeFileSync(join(dir, "filled.xlsx"), XLSX.write(filled, { type: "buffer", bookType: "xlsx" }));
      const run = runMou(["import", "filled.xlsx", "--as-of", ASOF], { cwd: dir });
      expect(run.stderr).toBe("đã ghi: agreements/a-2024.yaml (2 dòng)\n");
      const after = readFileSync(join(dir, "agreements", "a-2024.yaml"), "utf8");
      expect(after).toContain("    status: done\n");
      expect(after).toContain("        actuals:\n          - date: 2025-06-30\n            value: 5\n");
      expect(after).toContain(
        `    history:\n      - date: ${ASOF}\n        status: done\n        note: Đã trình thẩm định\n`,
      );
    } finally {
      cleanup();
    }
  });
});
