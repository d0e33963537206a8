import type { ChalkInstance } from "chalk";
import { stringify } from "csv-stringify/sync";
import type { LongText } from "./long-text.js";
import { escapeMarkdown } from "./markdown.js";
import type { FitColumn } from "./table/fit.js";
import { renderTable, writeTable } from "./table/render.js";

export { renderTable };

export type Tone = "red" | "yellow" | "green" | "dim";

/** How review states are coloured in every table. */
export const stateTones = { overdue: "red", "due-soon": "yellow", scheduled: "green" } as const satisfies Record<
  string,
  Tone
>;

export interface Cell {
  /** What a person reads: the table, Markdown. */
  text: string;
  /**
   * What a spreadsheet gets, when it differs from the text: a number stays a number, an absent value is
   * an empty cell (null) where the text says "—".
   */
  value?: string | number | null;
  tone?: Tone;
}

export interface Column extends FitColumn {
  align?: "left" | "right";
}

/** A listing as every human format sees it: localised headers and cells of text. */
export interface Listing {
  columns: Column[];
  rows: Cell[][];
  /** A section title per row (the terminal table prints it once, above the rows that share it). */
  sections?: (string | undefined)[];
  /** What to say when there are no rows. */
  empty: string;
}

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): a cell that starts with =, +, -, @,
 * a tab or a carriage return gets a leading apostrophe, which Excel and LibreOffice show as text.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

function csvValue(cell: Cell): string | number {
  const value = cell.value === undefined ? cell.text : cell.value;
  if (value === null) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180: CRLF line ends, quoting as needed, UTF-8 with a byte order mark so Excel reads Vietnamese.
 * One fact per column; numbers stay numbers, absent values are empty cells, text never runs as a formula.
 */
export function renderCsv(listing: Listing): string {
  return stringify([listing.columns.map((c) => c.header), ...listing.rows.map((r) => r.map(csvValue))], {
    bom: true,
    record_delimiter: "windows",
    quoted_match: /^'/,
  });
}

/** A GitHub-flavoured Markdown table; every cell is literal text, numbers as they are. */
export function renderMarkdown(listing: Listing): string {
  if (listing.rows.length === 0) return `${escapeMarkdown(listing.empty)}\n`;
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const cell = (c: Cell) => (typeof c.value === "number" ? String(c.value) : escapeMarkdown(c.text));
  const rule = `| ${listing.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
  return `${[
    row(listing.columns.map((c) => escapeMarkdown(c.header))),
    rule,
    ...listing.rows.map((r) => row(r.map(cell))),
  ].join("\n")}\n`;
}

export interface ListingOptions {
  chalk: ChalkInstance;
  /** The terminal's width, when output goes to a terminal. */
  width?: number;
}

/**
 * The table, CSV and Markdown formats of a listing command, from one function that builds its listing.
 * `full` asks for every column (CSV and Markdown); the terminal table may leave some out.
 */
export function listingFormats<View>(build: (view: View, full: boolean) => Listing) {
  return {
    table: (view: View, options: ListingOptions) => renderTable(build(view, false), options.chalk, options.width),
    /** The table as it is written (see `LongText`): the same text, never held whole. */
    tableTo:
      (view: View, options: ListingOptions): LongText =>
      (write) =>
        writeTable(build(view, false), options.chalk, options.width, write),
    csv: (view: View, _options?: ListingOptions) => renderCsv(build(view, true)),
    md: (view: View, _options?: ListingOptions) => renderMarkdown(build(view, true)),
  };
}
