import type { ChalkInstance } from "chalk";
import { stringify } from "csv-stringify/sync";
import { terminalLine } from "../core/text/sanitize.js";
import { escapeMarkdown } from "./markdown.js";
import { textWidth, wrap } from "./wrap.js";

export type Tone = "red" | "yellow" | "green" | "dim";

/** How review states are coloured in every table. */
export const stateTones = { overdue: "red", "due-soon": "yellow", scheduled: "green" } as const satisfies Record<
  string,
  Tone
>;

export interface Cell {
  text: string;
  tone?: Tone;
}

export interface Column {
  header: string;
  align?: "left" | "right";
  /** Long text that may wrap onto several lines when the table is wider than the terminal. */
  wrap?: boolean;
}

/** A listing as every human format sees it: localised headers and cells of text. */
export interface Listing {
  columns: Column[];
  rows: Cell[][];
  /** What to say when there are no rows. */
  empty: string;
}

const pad = (text: string, width: number, align: Column["align"]) => {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return align === "right" ? fill + text : text + fill;
};

const MIN_WRAPPED_WIDTH = 12;

/**
 * Column widths that fit `width`: the natural widths when they fit, else each wrapping column gets a
 * readable minimum and shares what is left in proportion to how much more it would need.
 */
function columnWidths(listing: Listing, width: number | undefined): number[] {
  const natural = listing.columns.map((c, i) =>
    listing.rows.reduce((widest, r) => Math.max(widest, textWidth(r[i]?.text ?? "")), textWidth(c.header)),
  );
  const separators = 2 * (listing.columns.length - 1);
  if (width === undefined || natural.reduce((a, b) => a + b, 0) + separators <= width) return natural;
  const wrapping = listing.columns.map((c) => c.wrap === true);
  const base = natural.map((w, i) => (wrapping[i] ? Math.min(w, MIN_WRAPPED_WIDTH) : w));
  const want = natural.map((w, i) => w - base[i]!);
  const spare = width - separators - base.reduce((a, b) => a + b, 0);
  const wanted = want.reduce((a, b) => a + b, 0);
  if (spare <= 0 || wanted === 0) return base;
  return base.map((w, i) => w + Math.floor((spare * want[i]!) / wanted));
}

/**
 * Columns separated by two spaces, headers in bold, cells coloured by tone (when colour is on). With a
 * `width` (the terminal's), long cells of wrapping columns wrap by words; widths count what the
 * terminal shows, so Vietnamese letters with diacritics count once.
 */
export function renderTable(table: Listing, chalk: ChalkInstance, width?: number): string {
  // Text from the data reaches the terminal here: no control character may pass.
  const listing: Listing = {
    ...table,
    columns: table.columns.map((c) => ({ ...c, header: terminalLine(c.header) })),
    rows: table.rows.map((row) => row.map((cell) => ({ ...cell, text: terminalLine(cell.text) }))),
  };
  if (listing.rows.length === 0) return `${listing.empty}\n`;
  const widths = columnWidths(listing, width);
  const render = (cells: Cell[], style: (text: string, cell: Cell) => string): string[] => {
    const wrapped = cells.map((cell, i) =>
      textWidth(cell.text) > widths[i]! ? wrap(cell.text, widths[i]!) : [cell.text],
    );
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      cells
        .map((cell, i) => style(pad(wrapped[i]![line] ?? "", widths[i]!, listing.columns[i]!.align), cell))
        .join("  ")
        .trimEnd(),
    );
  };
  const header = render(
    listing.columns.map((c) => ({ text: c.header })),
    (text) => chalk.bold(text),
  );
  const rows = listing.rows.flatMap((row) => render(row, (text, cell) => (cell.tone ? chalk[cell.tone](text) : text)));
  return `${[...header, ...rows].join("\n")}\n`;
}

/** RFC 4180: CRLF line ends, quoting as needed, UTF-8 with a byte order mark so Excel reads Vietnamese. */
export function renderCsv(listing: Listing): string {
  return stringify([listing.columns.map((c) => c.header), ...listing.rows.map((r) => r.map((c) => c.text))], {
    bom: true,
    record_delimiter: "windows",
  });
}

/** A GitHub-flavoured Markdown table; every cell is literal text. */
export function renderMarkdown(listing: Listing): string {
  if (listing.rows.length === 0) return `${escapeMarkdown(listing.empty)}\n`;
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  const rule = `| ${listing.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
  return `${[
    row(listing.columns.map((c) => c.header)),
    rule,
    ...listing.rows.map((r) => row(r.map((c) => c.text))),
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
    csv: (view: View, _options?: ListingOptions) => renderCsv(build(view, true)),
    md: (view: View, _options?: ListingOptions) => renderMarkdown(build(view, true)),
  };
}
