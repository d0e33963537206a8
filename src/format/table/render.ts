import type { ChalkInstance } from "chalk";
import type { Cell, Listing } from "../listing.js";
import { fitColumns, SEPARATOR } from "./fit.js";
import { displayWidth, wrapWords } from "./width.js";

const pad = (text: string, width: number, align: "left" | "right" | undefined) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
};

const tone = (chalk: ChalkInstance, cell: Cell) => (text: string) => (cell.tone ? chalk[cell.tone](text) : text);

/** Sections ("an agreement's commitments") as a bold line before their first row. */
function withSections(
  listing: Listing,
  chalk: ChalkInstance,
  width: number | undefined,
  row: (index: number) => string[],
): string[] {
  const out: string[] = [];
  let section: string | undefined;
  listing.rows.forEach((_, r) => {
    const next = listing.sections?.[r];
    if (next !== undefined && next !== section) {
      if (out.length > 0 && out.at(-1) !== "") out.push("");
      const title = width === undefined ? [next] : wrapWords(next, width);
      out.push(...title.map((l) => chalk.bold(l)));
    }
    section = next;
    out.push(...row(r));
  });
  return out;
}

function stacked(listing: Listing, chalk: ChalkInstance, width: number): string[] {
  const [first, ...rest] = listing.columns;
  return withSections(listing, chalk, width, (r) => {
    const cells = listing.rows[r]!;
    // A number alone says nothing: "Số 2", "No. 2".
    const title = first?.align === "right" ? `${first.header} ${cells[0]?.text ?? ""}` : (cells[0]?.text ?? "");
    const lines = wrapWords(title, width).map((l) => chalk.bold(l));
    rest.forEach((column, k) => {
      const cell = cells[k + 1];
      if (!cell || cell.text === "" || cell.value === null) return;
      const label = `  ${column.short ?? column.header}: `;
      const hang = " ".repeat(displayWidth(label));
      const text = wrapWords(cell.text, width - displayWidth(label));
      for (const [i, line] of text.entries()) lines.push((i === 0 ? label : hang) + tone(chalk, cell)(line));
    });
    return [...lines, ""];
  });
}

/**
 * A listing as a terminal table: columns two spaces apart, headers in bold, cells coloured by tone when
 * colour is on. With a `width` (the terminal's), every line fits it: long texts wrap by words, then
 * headers shorten, then the least useful columns go, and as a last resort each record becomes a block.
 * Widths count what the terminal shows, so a Vietnamese letter with two marks counts once.
 */
export function renderTable(listing: Listing, chalk: ChalkInstance, width?: number): string {
  if (listing.rows.length === 0) return `${listing.empty}\n`;
  const texts = listing.rows.map((row) => row.map((c) => c.text));
  const layout = fitColumns(listing.columns, texts, width);
  if (layout.kind === "stacked") return `${stacked(listing, chalk, width!).join("\n").trimEnd()}\n`;
  const { keep, widths, headers } = layout;
  const line = (cells: Cell[], style: (cell: Cell) => (text: string) => string): string[] => {
    const wrapped = keep.map((i, k) => {
      const text = cells[i]?.text ?? "";
      return width !== undefined && displayWidth(text) > widths[k]! ? wrapWords(text, widths[k]!) : [text];
    });
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, n) =>
      keep
        .map((i, k) =>
          style(cells[i] ?? { text: "" })(pad(wrapped[k]![n] ?? "", widths[k]!, listing.columns[i]!.align)),
        )
        .join(" ".repeat(SEPARATOR))
        .trimEnd(),
    );
  };
  const headerCells: Cell[] = [];
  keep.forEach((i, k) => {
    headerCells[i] = { text: headers[k]! };
  });
  const header = line(headerCells, () => (text) => chalk.bold(text));
  const body = withSections(listing, chalk, width, (r) => line(listing.rows[r]!, (cell) => tone(chalk, cell)));
  return `${[...header, ...body].join("\n")}\n`;
}
