import type ExcelJS from "exceljs";
import { isCalendarDate } from "../core/schedule/dates.js";
import { fold } from "../core/text/fold.js";
import { messages } from "../i18n/index.js";
import { type Lang, langs } from "../i18n/lang.js";
import { type Cell, cellOf, cellText } from "./cells.js";
import { type Column, columns, FORMAT_VERSION, hiddenHeaders, MARKER, META_SHEET } from "./layout.js";
import { sniff, zipContents } from "./sniff.js";

export interface RawRow {
  /** The row's number in the sheet, 1-based as Excel shows it. */
  row: number;
  cells: Partial<Record<Column, Cell>>;
}

export interface RawSheet {
  name: string;
  /** Where each known column is (1-based); a column the sheet lacks is absent. */
  at: Partial<Record<Column, number>>;
  rows: RawRow[];
}

export interface RawWorkbook {
  /** The export's "today", when the hidden sheet survived. */
  exported?: string;
  lang?: Lang;
  sheets: RawSheet[];
}

/** Why a file is not a workbook mou can import; `kind` picks the message (exchange.file.<kind>). */
export class WorkbookRefusal extends Error {
  constructor(
    readonly kind:
      | "tooLarge"
      | "csv"
      | "xls"
      | "encrypted"
      | "ods"
      | "notXlsx"
      | "broken"
      | "truncated"
      | "notOurs"
      | "newer",
    readonly params: Record<string, string | number> = {},
  ) {
    super(kind);
  }
}

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

/** Header text → column, in every language (a workbook exported in English imports as well). */
function headerIndex(): Map<string, Column> {
  const index = new Map<string, Column>();
  for (const lang of langs) {
    const headers = messages(lang).exchange.headers;
    for (const [column, text] of Object.entries(headers)) index.set(fold(text), column as Column);
  }
  index.set(fold(hiddenHeaders.key), "key");
  index.set(fold(hiddenHeaders.fingerprint), "fingerprint");
  index.set(fold(hiddenHeaders.pointPrint), "pointPrint");
  return index;
}

function readSheet(ws: ExcelJS.Worksheet, index: Map<string, Column>): RawSheet | undefined {
  const at: Partial<Record<Column, number>> = {};
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    const text = cellText(cellOf(cell.value));
    const known = text === undefined ? undefined : index.get(fold(text));
    if (known !== undefined && at[known] === undefined) at[known] = column;
  });
  if (at.key === undefined) return undefined;
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Partial<Record<Column, Cell>> = {};
    for (const column of columns) {
      const n = at[column];
      if (n !== undefined) cells[column] = cellOf(row.getCell(n).value);
    }
    rows.push({ row: number, cells });
  });
  return { name: ws.name, at, rows };
}

function readMeta(book: ExcelJS.Workbook): { version?: number; exported?: string; lang?: Lang } {
  const ws = book.getWorksheet(META_SHEET);
  if (ws === undefined || cellText(cellOf(ws.getCell("A1").value)) !== MARKER) return {};
  const out: { version?: number; exported?: string; lang?: Lang } = {};
  const version = cellOf(ws.getCell("B1").value);
  if (version.kind === "number") out.version = version.value;
  ws.eachRow((row) => {
    const name = cellText(cellOf(row.getCell(1).value));
    const value = cellText(cellOf(row.getCell(2).value));
    if (name === "exported" && value !== undefined && isCalendarDate(value)) out.exported = value;
    if (name === "lang" && (langs as readonly string[]).includes(value ?? "")) out.lang = value as Lang;
  });
  return out;
}

/**
 * The sheets of a workbook made by `mou export`, as rows of cells found by their headers (so that a
 * workbook saved by another program, with its columns moved or its hidden sheet lost, still reads), or a
 * refusal that says what the file is instead.
 */
export async function readWorkbook(excel: typeof ExcelJS, bytes: Uint8Array): Promise<RawWorkbook> {
  if (bytes.length > MAX_WORKBOOK_BYTES) throw new WorkbookRefusal("tooLarge");
  const kind = sniff(bytes);
  if (kind === "zip" || kind === "other") throw new WorkbookRefusal("notXlsx");
  if (kind !== "xlsx") throw new WorkbookRefusal(kind);
  const contents = zipContents(bytes);
  if (contents === undefined) throw new WorkbookRefusal("truncated");
  if (contents.unpacked > MAX_UNPACKED_BYTES || contents.entries > MAX_ENTRIES) throw new WorkbookRefusal("tooLarge");
  const book = new excel.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookRefusal("broken", { reason: error instanceof Error ? error.message.split("\n")[0]! : "?" });
  }
  const meta = readMeta(book);
  if (meta.version !== undefined && meta.version > FORMAT_VERSION)
    throw new WorkbookRefusal("newer", { version: meta.version });
  const index = headerIndex();
  const sheets: RawSheet[] = [];
  for (const ws of book.worksheets) {
    const sheet = readSheet(ws, index);
    if (sheet !== undefined) sheets.push(sheet);
  }
  if (sheets.length === 0) throw new WorkbookRefusal("notOurs", { column: hiddenHeaders.key });
  return {
    ...(meta.exported !== undefined ? { exported: meta.exported } : {}),
    ...(meta.lang !== undefined ? { lang: meta.lang } : {}),
    sheets,
  };
}
