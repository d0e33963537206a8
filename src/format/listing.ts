import type { ChalkInstance } from "chalk";
import { stringify } from "csv-stringify/sync";
import stringWidth from "string-width";
import { escapeMarkdown } from "./markdown.js";

export type Tone = "red" | "yellow" | "green" | "dim";

export interface Cell {
  text: string;
  tone?: Tone;
}

export interface Column {
  header: string;
  align?: "left" | "right";
}

/** A listing as every human format sees it: localised headers and cells of text. */
export interface Listing {
  columns: Column[];
  rows: Cell[][];
  /** What to say when there are no rows. */
  empty: string;
}

const pad = (text: string, width: number, align: Column["align"]) => {
  const fill = " ".repeat(Math.max(0, width - stringWidth(text)));
  return align === "right" ? fill + text : text + fill;
};

/** Columns separated by two spaces, headers in bold, cells coloured by tone (when colour is on). */
export function renderTable(listing: Listing, chalk: ChalkInstance): string {
  if (listing.rows.length === 0) return listing.empty + "\n";
  const widths = listing.columns.map((c, i) => Math.max(stringWidth(c.header), ...listing.rows.map((r) => stringWidth(r[i]?.text ?? ""))));
  const line = (cells: string[], style: (s: string, i: number) => string) =>
    cells.map((text, i) => style(pad(text, widths[i]!, listing.columns[i]!.align), i)).join("  ").trimEnd();
  const header = line(listing.columns.map((c) => c.header), (s) => chalk.bold(s));
  const rows = listing.rows.map((row) => line(row.map((c) => c.text), (s, i) => (row[i]?.tone ? chalk[row[i]!.tone!](s) : s)));
  return [header, ...rows].join("\n") + "\n";
}

/** RFC 4180: CRLF line ends, quoting as needed, UTF-8 with a byte order mark so Excel reads Vietnamese. */
export function renderCsv(listing: Listing): string {
  return stringify([listing.columns.map((c) => c.header), ...listing.rows.map((r) => r.map((c) => c.text))], { bom: true, record_delimiter: "windows" });
}

/** A GitHub-flavoured Markdown table; every cell is literal text. */
export function renderMarkdown(listing: Listing): string {
  if (listing.rows.length === 0) return escapeMarkdown(listing.empty) + "\n";
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  const rule = `| ${listing.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
  return [row(listing.columns.map((c) => c.header)), rule, ...listing.rows.map((r) => row(r.map((c) => c.text)))].join("\n") + "\n";
}
