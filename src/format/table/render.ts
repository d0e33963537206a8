import type { ChalkInstance } from "chalk";
import { terminalLine } from "../../core/text/neutral.js";
import type { Cell, Listing } from "../listing.js";
import { wholeText } from "../long-text.js";
import { fitColumns, SEPARATOR } from "./fit.js";
import { displayWidth, wrapWords } from "./width.js";

const pad = (text: string, width: number, align: "left" | "right" | undefined) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
};

const tone = (chalk: ChalkInstance, cell: Cell | undefined) => (text: string) =>
  cell?.tone ? chalk[cell.tone](text) : text;

/** Where lines go: a list, or pieces handed on as they fill (`Pieces`). */
interface Lines {
  push(line: string): unknown;
  readonly length: number;
  at(index: -1): string | undefined;
}

/**
 * Sections ("an agreement's commitments") as a bold line before their first row; `row` adds the lines of
 * a row to `out`. Every line goes straight into one list: a listing may have a hundred thousand rows.
 */
function withSections(
  listing: Listing,
  chalk: ChalkInstance,
  width: number | undefined,
  out: Lines,
  row: (index: number) => void,
): void {
  let section: string | undefined;
  const start = out.length;
  for (let r = 0; r < listing.rows.length; r++) {
    const raw = listing.sections?.[r];
    const next = raw === undefined ? undefined : terminalLine(raw);
    if (next !== undefined && next !== section) {
      if (out.length > start && out.at(-1) !== "") out.push("");
      const title = width === undefined ? [next] : wrapWords(next, width);
      for (const l of title) out.push(chalk.bold(l));
    }
    section = next;
    row(r);
  }
}

function stacked(listing: Listing, texts: string[][], headers: string[], chalk: ChalkInstance, width: number) {
  const out: string[] = [];
  const [first, ...rest] = listing.columns;
  withSections(listing, chalk, width, out, (r) => {
    const cells = listing.rows[r]!;
    const row = texts[r]!;
    // A number alone says nothing: "Số 2", "No. 2".
    const title = first?.align === "right" ? `${headers[0]} ${row[0] ?? ""}` : (row[0] ?? "");
    for (const l of wrapWords(title, width)) out.push(chalk.bold(l));
    rest.forEach((column, k) => {
      const cell = cells[k + 1];
      const text = row[k + 1];
      if (!cell || text === undefined || text === "" || cell.value === null) return;
      const label = `  ${column.short ?? headers[k + 1]}: `;
      const hang = " ".repeat(displayWidth(label));
      const lines = wrapWords(text, width - displayWidth(label));
      for (const [i, line] of lines.entries()) out.push((i === 0 ? label : hang) + tone(chalk, cell)(line));
    });
    out.push("");
  });
  return `${out.join("\n").trimEnd()}\n`;
}

/** Lines handed on as pieces of about `PIECE` characters: each piece is its lines, each ended by "\n". */
const PIECE = 1 << 16;
class Pieces {
  private lines: string[] = [];
  private size = 0;
  private count = 0;
  private last: string | undefined;

  constructor(private readonly write: (piece: string) => void) {}

  push(line: string): void {
    this.lines.push(line);
    this.size += line.length + 1;
    this.count++;
    this.last = line;
    if (this.size >= PIECE) this.flush();
  }

  get length(): number {
    return this.count;
  }

  at(_index: -1): string | undefined {
    return this.last;
  }

  flush(): void {
    if (this.lines.length === 0) return;
    this.lines.push("");
    this.write(this.lines.join("\n"));
    this.lines = [];
    this.size = 0;
  }
}

/**
 * A listing as a terminal table: columns two spaces apart, headers in bold, cells coloured by tone when
 * colour is on. With a `width` (the terminal's), every line fits it: long texts wrap by words, then
 * headers shorten, then the least useful columns go, and as a last resort each record becomes a block.
 * Widths count what the terminal shows, so a Vietnamese letter with two marks counts once. Text from the
 * data reaches the terminal here: every cell, header and section is cleaned of control characters.
 */
export const renderTable = (listing: Listing, chalk: ChalkInstance, width?: number): string =>
  wholeText((write) => writeTable(listing, chalk, width, write));

/**
 * `renderTable`, handed to `write` a piece at a time as it is made: a table of a hundred thousand rows
 * never sits in memory whole, only the listing it is made from.
 */
export function writeTable(
  listing: Listing,
  chalk: ChalkInstance,
  width: number | undefined,
  write: (piece: string) => void,
): void {
  if (listing.rows.length === 0) {
    write(`${listing.empty}\n`);
    return;
  }
  const allHeaders = listing.columns.map((c) => terminalLine(c.header));
  const columns = listing.columns.map((c, i) => ({ ...c, header: allHeaders[i]! }));
  const texts = listing.rows.map((row) => row.map((c) => terminalLine(c.text)));
  const layout = fitColumns(columns, texts, width);
  if (layout.kind === "stacked") {
    write(stacked(listing, texts, allHeaders, chalk, width!));
    return;
  }
  const { keep, widths, headers } = layout;
  const parts: string[] = new Array(keep.length);
  const separator = " ".repeat(SEPARATOR);
  const out = new Pieces(write);
  const line = (row: readonly string[], style: (i: number) => (text: string) => string) => {
    let wrapped: string[][] | undefined;
    if (width !== undefined) {
      for (const [k, i] of keep.entries()) {
        const text = row[i] ?? "";
        if (displayWidth(text) <= widths[k]!) continue;
        wrapped ??= keep.map((j) => [row[j] ?? ""]);
        wrapped[k] = wrapWords(text, widths[k]!);
      }
    }
    const height = wrapped === undefined ? 1 : Math.max(...wrapped.map((lines) => lines.length));
    for (let n = 0; n < height; n++) {
      for (const [k, i] of keep.entries()) {
        const text = wrapped === undefined ? (row[i] ?? "") : (wrapped[k]![n] ?? "");
        parts[k] = style(i)(pad(text, widths[k]!, columns[i]!.align));
      }
      out.push(parts.join(separator).trimEnd());
    }
  };
  const headerRow: string[] = [];
  keep.forEach((i, k) => {
    headerRow[i] = headers[k]!;
  });
  line(headerRow, () => (text) => chalk.bold(text));
  withSections(listing, chalk, width, out, (r) => line(texts[r]!, (i) => tone(chalk, listing.rows[r]![i])));
  out.flush();
}
