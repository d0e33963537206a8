import type ExcelJS from "exceljs";
import { shortDate } from "../core/text/date-text.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import type { ExportGrouping, ExportRow, ExportSheet } from "./export-view.js";
import {
  type Column,
  columns,
  FORMAT_VERSION,
  fillableBy,
  hiddenColumns,
  hiddenHeaders,
  MARKER,
  META_SHEET,
  widths,
} from "./layout.js";
import { rowHeight } from "./row-height.js";
import { sheetNames } from "./sheet-names.js";
import { dateValue, validations } from "./validations.js";

type Workbook = ExcelJS.Workbook;
type Worksheet = ExcelJS.Worksheet;

export interface WorkbookOptions {
  lang: Lang;
  asOf: string;
  by: ExportGrouping;
  /** When the workbook is made (epoch ms), for its document properties. */
  now: number;
  version: string;
}

const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const HEADER: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
const FILL_HEADER: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF2E75B6" } };
const LINE: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const BORDER: Partial<ExcelJS.Borders> = { top: LINE, left: LINE, bottom: LINE, right: LINE };
// Excel keeps at most 32,767 characters in a cell.
const CELL_LIMIT = 32_000;

/**
 * Text from the agreements as a cell may hold it: XML 1.0 (inside every .xlsx) has no place for most
 * control characters, so they are shown as their pictures, and lone surrogates are replaced.
 */
function cellSafe(text: string): string {
  const safe = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/(?![\t\n\r])\p{Cc}/gu, (c: string) => (c < " " ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : c));
  return safe.length > CELL_LIMIT ? `${safe.slice(0, CELL_LIMIT)}…` : safe;
}

function rowValues(row: ExportRow): Partial<Record<Column, string | Date>> {
  return {
    agreement: row.agreement,
    point: row.point,
    title: cellSafe(row.title),
    lead: cellSafe(row.lead),
    support: cellSafe(row.support),
    ...(row.due !== null ? { due: dateValue(row.due) } : {}),
    current: cellSafe(row.current),
    key: row.key,
    fingerprint: row.fingerprint,
    pointPrint: row.pointPrint,
  };
}

async function dataSheet(book: Workbook, name: string, sheet: ExportSheet, options: WorkbookOptions) {
  const { lang } = options;
  const headers = { ...messages(lang).exchange.headers, ...hiddenHeaders };
  const ws: Worksheet = book.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "H2" }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: "1:1",
    },
  });
  ws.columns = columns.map((c) => ({
    key: c,
    width: widths[c],
    hidden: (hiddenColumns as readonly Column[]).includes(c),
  }));
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headers[c];
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = (fillableBy.commitment as readonly Column[]).includes(c) || c === "actual" ? FILL_HEADER : HEADER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = BORDER;
  });
  header.height = 32;
  const checks = validations(lang);
  const dateFormat = lang === "vi" ? "dd/mm/yyyy" : "d mmm yyyy";
  for (const row of sheet.rows) {
    const values = rowValues(row);
    const line = ws.addRow(values);
    const fillable: readonly Column[] = fillableBy[row.kind];
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 1);
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = BORDER;
      if (c === "due" || c === "date") cell.numFmt = dateFormat;
      if (row.kind === "indicator" && (c === "title" || c === "current")) cell.font = { italic: true };
      if (!fillable.includes(c)) {
        cell.fill = GREY;
        cell.protection = { locked: true };
        return;
      }
      cell.protection = { locked: false };
      if (c === "newStatus" || c === "actual" || c === "date") cell.dataValidation = checks[c];
    });
    const texts = (["title", "lead", "support", "current"] as const).map((c) => ({
      text: String(values[c] ?? ""),
      width: widths[c],
    }));
    // Two lines at least, so that a note typed in has room to be seen.
    line.height = rowHeight(texts, 2);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: 12 } };
  // No password: the lock guards against slips, and an office that must change the layout can lift it.
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

function instructionsSheet(
  book: Workbook,
  names: readonly string[],
  sheets: readonly ExportSheet[],
  o: WorkbookOptions,
) {
  const m = messages(o.lang).exchange.instructions;
  const ws = book.addWorksheet(m.sheet, { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true } });
  ws.columns = [{ width: 34 }, { width: 70 }, { width: 12 }];
  ws.addRow([m.title]).font = { bold: true, size: 14 };
  ws.addRow([m.asOf({ date: shortDate(o.asOf, o.lang) })]).font = { italic: true };
  ws.addRow([]);
  m.steps.forEach((step, i) => {
    const text = `${i + 1}. ${step}`;
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = rowHeight([{ text, width: 110 }]);
  });
  ws.addRow([]);
  ws.addRow([m.sheetsTitle]).font = { bold: true };
  const head = ws.addRow([m.sheetColumns.sheet, m.sheetColumns.holds, m.sheetColumns.rows]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = GREY;
  });
  sheets.forEach((sheet, i) => {
    const points = sheet.rows.filter((r) => r.kind === "commitment").length;
    const row = ws.addRow([names[i], cellSafe(sheet.caption), points]);
    row.eachCell((cell) => {
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    row.height = rowHeight([
      { text: names[i]!, width: 34 },
      { text: sheet.caption, width: 70 },
    ]);
  });
}

/** The workbook of an export: instructions, one sheet per group, and the hidden sheet that marks it as ours. */
export async function buildWorkbook(
  excel: typeof ExcelJS,
  sheets: readonly ExportSheet[],
  options: WorkbookOptions,
): Promise<Uint8Array> {
  const book = new excel.Workbook();
  book.creator = "mou";
  book.created = new Date(options.now);
  book.modified = new Date(options.now);
  const instructions = messages(options.lang).exchange.instructions.sheet;
  const names = sheetNames(
    sheets.map((s) => s.name),
    [instructions, META_SHEET],
  );
  instructionsSheet(book, names, sheets, options);
  for (const [i, sheet] of sheets.entries()) await dataSheet(book, names[i]!, sheet, options);
  const meta = book.addWorksheet(META_SHEET, { state: "hidden" });
  meta.addRows([
    [MARKER, FORMAT_VERSION],
    ["exported", options.asOf],
    ["lang", options.lang],
    ["by", options.by],
    ["mou", options.version],
  ]);
  book.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: sheets.length > 0 ? 1 : 0,
      visibility: "visible",
    },
  ];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
