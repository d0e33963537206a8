/**
 * The workbook's layout, shared by the writer and the reader: which columns a data sheet has, which of
 * them an officer fills in, and the markers that tell a workbook made by `mou export` from any other.
 */

/** The columns of a data sheet, in order. Their headers come from the catalogue (exchange.headers). */
export const columns = [
  "agreement",
  "point",
  "title",
  "lead",
  "support",
  "due",
  "current",
  "newStatus",
  "note",
  "actual",
  "date",
  "reporter",
  "key",
  "fingerprint",
  "pointPrint",
] as const;

export type Column = (typeof columns)[number];

/** The columns an officer fills in; every other column is locked and shaded. */
export const fillColumns = ["newStatus", "note", "actual", "date", "reporter"] as const satisfies readonly Column[];
export type FillColumn = (typeof fillColumns)[number];

/** Hidden columns whose headers are the same in every language, so that the reader finds them by name. */
export const hiddenHeaders = { key: "mou:key", fingerprint: "mou:fingerprint", pointPrint: "mou:point" } as const;

/** The hidden columns: the row's key, its file's fingerprint, and its commitment's. */
export const hiddenColumns = ["key", "fingerprint", "pointPrint"] as const satisfies readonly Column[];

/** Column widths in characters, as Excel counts them. */
export const widths: Record<Column, number> = {
  agreement: 16,
  point: 6,
  title: 48,
  lead: 24,
  support: 20,
  due: 11,
  current: 22,
  newStatus: 17,
  note: 40,
  actual: 12,
  date: 12,
  reporter: 22,
  key: 12,
  fingerprint: 12,
  pointPrint: 12,
};

/** A row is a commitment or one of its indicators; each kind has its own cells to fill. */
export type RowKind = "commitment" | "indicator";

export const fillableBy: Record<RowKind, readonly FillColumn[]> = {
  commitment: ["newStatus", "note", "date", "reporter"],
  indicator: ["actual", "note", "date", "reporter"],
};

/** The hidden sheet that says what made the workbook. */
export const META_SHEET = "mou";
export const MARKER = "mou-exchange";
/** Raised when the layout changes in a way older readers cannot follow. */
export const FORMAT_VERSION = 1;

/** The column letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** A cell as Excel names it: Sheet!C12, with the sheet name quoted when it is not one plain word. */
export function cellName(sheet: string, column: number, row: number): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${columnLetter(column)}${row}`;
}
