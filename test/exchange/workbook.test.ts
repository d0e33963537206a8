import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { commitmentRows } from "../../src/core/views/commitments.js";
import { type ExportGrouping, exportSheets, type FingerprintedAgreement } from "../../src/exchange/export-view.js";
import { fingerprint } from "../../src/exchange/keys.js";
import { planImport } from "../../src/exchange/plan.js";
import { readWorkbook, WorkbookRefusal } from "../../src/exchange/read-workbook.js";
import { buildWorkbook } from "../../src/exchange/write-workbook.js";
import { checkYaml } from "../helpers.js";
import { declaredZip } from "../zip.js";

const yaml = `id: a-2024
title: Chương trình hợp tác giữa tỉnh A và tỉnh B
kind: cooperation-programme
signed: 2024-01-10
parties:
  - id: a
    name: Tỉnh A
  - id: b
    name: Tỉnh B
commitments:
  - id: "1"
    title: Phối hợp xây dựng và triển khai quy hoạch tỉnh
    lead: [{party: a, agency: Sở Tài chính}, {party: b, agency: Sở Tài chính}]
    status: in-progress
    due: 2025-12-31
  - id: "2"
    title: "=HYPERLINK(\\"x\\") học bổng \\u0007"
    lead: [{party: a, agency: Sở Giáo dục và Đào tạo}]
    indicators:
      - id: hoc-bong
        title: Số học bổng
        unit: suất
        baseline: {value: 0}
        target: {value: 30, by: 2026-06-30}
`;

const ASOF = "2025-07-24";
const files: FingerprintedAgreement[] = [
  {
    file: "agreements/a-2024.yaml",
    agreement: checkYaml(yaml, "a-2024.yaml", ASOF).agreement!,
    fingerprint: fingerprint(new TextEncoder().encode(yaml)),
  },
];

async function exported(by: ExportGrouping = "agreement", lang: "vi" | "en" = "vi"): Promise<Uint8Array> {
  const rows = commitmentRows(files, { asOf: ASOF, lang, filter: {} });
  const sheets = exportSheets(files, rows, { by, lang, asOf: ASOF });
  return buildWorkbook(ExcelJS, sheets, { lang, asOf: ASOF, by, now: Date.UTC(2025, 6, 24, 8), version: "test" });
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe("the exported workbook", () => {
  it("has instructions, a sheet per agreement and the hidden sheet that marks it", async () => {
    const book = await open(await exported());
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Hướng dẫn", "visible"],
      ["a-2024", "visible"],
      ["mou", "hidden"],
    ]);
    const ws = book.getWorksheet("a-2024")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Thỏa thuận",
      "Số",
      "Nội dung cam kết",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời hạn",
      "Tiến độ hiện nay",
      "Tiến độ mới",
      "Kết quả thực hiện",
      "Số liệu đạt được",
      "Tính đến ngày",
      "Đơn vị báo cáo",
      "mou:key",
      "mou:fingerprint",
      "mou:point",
    ]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect([13, 14, 15, 3].map((n) => ws.getColumn(n).hidden)).toEqual([true, true, true, false]);
    // The date a commitment is due is a real date, the same day in every time zone.
    expect((ws.getCell("F2").value as Date).toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(ws.getCell("F2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("G2").value).toBe("Đang triển khai");
    expect(ws.getCell("D2").value).toBe("A – Sở Tài chính; B – Sở Tài chính");
    // Text from the data stays text: no formula, and control characters shown, not written into the XML.
    expect(ws.getCell("C3").value).toBe('=HYPERLINK("x") học bổng ␇');
    expect(ws.getCell("C4").value).toBe("Chỉ tiêu: Số học bổng (suất)");
    expect(ws.getCell("G4").value).toBe("từ 0 đến 30 suất; chưa có số liệu");
  });

  it("locks and shades what is read only, and offers a drop-down, numbers and dates where one fills in", async () => {
    const ws = (await open(await exported())).getWorksheet("a-2024")!;
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
      autoFilter: true,
    });
    const locked = (ref: string) => ws.getCell(ref).protection?.locked !== false;
    const grey = (ref: string) => (ws.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // A point's row: status, progress, date and reporter open; an indicator's: value, progress, date, reporter.
    expect(["H2", "I2", "J2", "K2", "L2"].map(locked)).toEqual([false, false, true, false, false]);
    expect(["H4", "I4", "J4", "K4", "L4"].map(locked)).toEqual([true, false, false, false, false]);
    expect(["A2", "C2", "G2", "M2"].every(locked)).toBe(true);
    expect(grey("C2")).toBe("FFEDEDED");
    expect(grey("J2")).toBe("FFEDEDED");
    expect(grey("J4")).toBeUndefined();
    expect(ws.getCell("H2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Chưa triển khai,Đang triển khai,Hoàn thành,Đình trệ,Không thực hiện"'],
    });
    expect(ws.getCell("J4").dataValidation).toMatchObject({ type: "decimal" });
    expect(ws.getCell("K2").dataValidation).toMatchObject({ type: "date", errorStyle: "warning" });
  });

  it("puts a point with two lead departments on each of their sheets, in English with --lang en", async () => {
    const book = await open(await exported("agency", "en"));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Instructions",
      "A – Sở Giáo dục và Đào tạo",
      "A – Sở Tài chính",
      "B – Sở Tài chính",
      "mou",
    ]);
    expect(book.getWorksheet("A – Sở Tài chính")!.getCell("H1").value).toBe("New status");
    expect(book.getWorksheet("B – Sở Tài chính")!.getCell("B2").value).toBe("1");
  });
});

describe("reading a workbook back", () => {
  it("reads what another library wrote: typed text, numbers and real dates", async () => {
    // SheetJS, not exceljs, fills the cells, as an office's own program would.
    const book = XLSX.read(await exported("agency"), { type: "buffer" });
    const set = (sheet: string, ref: string, cell: XLSX.CellObject) => {
      book.Sheets[sheet]![ref] = cell;
    };
    set("A – Sở Tài chính", "H2", { t: "s", v: "Hoàn thành" });
    set("A – Sở Tài chính", "I2", { t: "s", v: "Đã phê duyệt" });
    set("A – Sở Tài chính", "K2", { t: "n", v: 45838, z: "dd/mm/yyyy" });
    set("B – Sở Tài chính", "H2", { t: "s", v: "hoan thanh" });
    set("A – Sở Giáo dục và Đào tạo", "J3", { t: "n", v: 12 });
    set("A – Sở Giáo dục và Đào tạo", "K3", { t: "s", v: "30/6/2025" });
    const filled = new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const workbook = await readWorkbook(ExcelJS, filled);
    expect(workbook).toMatchObject({ exported: ASOF, lang: "vi" });
    const plan = planImport(workbook, files, new Set(), { lang: "vi", asOf: ASOF, force: false });
    // The second sheet answers point 1 without the progress note: two different answers for one point.
    expect(plan.problems.map((p) => `${p.at} ${p.code}`)).toEqual(["'B – Sở Tài chính'!H2 import/conflicting-rows"]);
    // Now the same answer in other words: a status without diacritics, the date typed as text.
    set("B – Sở Tài chính", "I2", { t: "s", v: "Đã phê duyệt" });
    set("B – Sở Tài chính", "K2", { t: "s", v: "30/06/2025" });
    const again = await readWorkbook(ExcelJS, new Uint8Array(XLSX.write(book, { type: "buffer", bookType: "xlsx" })));
    const ok = planImport(again, files, new Set(), { lang: "vi", asOf: ASOF, force: false });
    expect(ok.problems).toEqual([]);
    expect(ok.files[0]!.changes.map((c) => c.change)).toEqual([
      { actuals: [{ indicator: "hoc-bong", date: "2025-06-30", value: 12 }] },
      { status: "done", note: { date: "2025-06-30", text: "Đã phê duyệt" } },
    ]);
  });

  it("refuses what is not a workbook made by mou export", async () => {
    const refusal = async (bytes: Uint8Array) => {
      try {
        await readWorkbook(ExcelJS, bytes);
      } catch (error) {
        if (error instanceof WorkbookRefusal) return error.kind;
        throw error;
      }
      return "read";
    };
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      plain,
      XLSX.utils.aoa_to_sheet([
        ["Thỏa thuận", "Tiến độ mới"],
        ["a", "x"],
      ]),
      "S",
    );
    const xlsx = new Uint8Array(XLSX.write(plain, { type: "buffer", bookType: "xlsx" }));
    const xls = new Uint8Array(XLSX.write(plain, { type: "buffer", bookType: "biff8" }));
    const ods = new Uint8Array(XLSX.write(plain, { type: "buffer", bookType: "ods" }));
    const csv = new TextEncoder().encode(XLSX.utils.sheet_to_csv(plain.Sheets.S!));
    expect(await refusal(xlsx)).toBe("notOurs");
    expect(await refusal(xls)).toBe("xls");
    expect(await refusal(ods)).toBe("ods");
    expect(await refusal(csv)).toBe("csv");
    expect(await refusal(xlsx.subarray(0, xlsx.length - 30))).toBe("truncated");
    // A "zip bomb": a few bytes that declare gigabytes are refused before anything is unpacked.
    expect(await refusal(declaredZip("xl/workbook.xml", 0xfffffff0))).toBe("tooLarge");
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("notXlsx");
  });
});
