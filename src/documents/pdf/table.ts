import { columnWidths } from "../columns.js";
import { plain } from "../inline.js";
import { size, spacing } from "../layout.js";
import type { Block, Run } from "../model.js";
import type { Column, Parent } from "./blocks.js";
import type { Unit } from "./flow.js";
import type { Element } from "./tags.js";
import { type Line, writeContent } from "./typeset.js";

type Table = Extract<Block, { kind: "table" }>;
/** A row as the lines of each of its cells. */
type Row = Line[][];

const pad = spacing.cellPadding;
const num = (v: number) => String(Math.round(v * 1000) / 1000);
const GAP = 1;
const WORDS = /[\s\u200b]+/;

/**
 * A row taller than a page is cut into rows that each fit, line by line: a table row cannot continue on
 * the next page inside its borders. Only rows of absurd length (pages of text in one cell) are cut.
 */
function splitRow(row: Row, fits: number): Row[] {
  const count = Math.max(...row.map((cell) => cell.length));
  const pieces: Row[] = [];
  for (let from = 0; from < count; from += fits) pieces.push(row.map((cell) => cell.slice(from, from + fits)));
  return pieces;
}

/** A table as units: the header row (repeated at the top of each page), then one unit per row. */
export function tableUnits(c: Column, table: Table, parent: Parent): Unit[] {
  const { doc, ts } = c;
  const all = [table.header, ...table.rows];
  // Each cell's text is joined once; widths are sums of cached letter advances.
  const texts = all.map((row) => table.header.map((_, i) => plain(row[i] ?? [])));
  const longestWord = (i: number) =>
    texts.reduce((m, row) => {
      for (const w of row[i]!.split(WORDS)) m = Math.max(m, ts.width(w, "bold", size.table));
      return m;
    }, 0);
  const natural = (i: number) =>
    texts.reduce((m, row) => {
      for (const l of row[i]!.split("\n")) m = Math.max(m, ts.width(l, "regular", size.table));
      return m;
    }, 0);
  const widths = columnWidths(
    table.header.map((_, i) => ({ longestWord: longestWord(i), natural: natural(i) })),
    c.width,
    2 * pad,
  );
  const align = (i: number, header: boolean) =>
    table.align[i] === "right" ? "right" : table.align[i] === "center" || header ? "center" : "left";
  const lh = ts.lineHeight(size.table, GAP);
  const linesOf = (cells: Run[][], header: boolean): Row =>
    cells.map((cell, i) =>
      ts.lines(header ? cell.map((r) => ({ ...r, bold: true })) : cell, size.table, widths[i]! - 2 * pad),
    );
  const heightOf = (row: Row) => Math.max(1, ...row.map((cell) => cell.length)) * lh + 2 * pad;

  let element: Element | undefined;
  const drawRow = (row: Row, header: boolean, artifact: boolean) => {
    const top = doc.y;
    const height = heightOf(row);
    let tr: Element | undefined;
    if (!artifact) {
      element ??= c.tags.group("Table", parent());
      tr = c.tags.group("TR", element);
    }
    // The borders of a row in one operator string: pdfkit's rect() and stroke() per cell cost more than
    // the text in a table of ten thousand rows.
    const borders: string[] = [];
    let x = c.left;
    for (const w of widths) {
      borders.push(`${num(x)} ${num(top)} ${num(w)} ${num(height)} re`);
      x += w;
    }
    c.tags.artifact(() => writeContent(doc, `0.5 w ${borders.join(" ")} S`));
    x = c.left;
    row.forEach((lines, i) => {
      const left = x;
      const write = () => {
        for (const [k, line] of lines.entries())
          ts.drawLine(line, size.table, left + pad, top + pad + k * lh, widths[i]! - 2 * pad, align(i, header));
      };
      if (artifact) c.tags.artifact(write);
      else c.tags.leaf(header ? "TH" : "TD", write, tr);
      x += widths[i]!;
    });
    tr?.end();
    doc.x = c.left;
    doc.y = top + height;
  };

  const header = linesOf(table.header, true);
  const headerHeight = heightOf(header);
  const usable = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const fits = Math.max(1, Math.floor((usable - headerHeight - 2 * pad - 4) / lh));
  const repeat: Unit = {
    height: headerHeight,
    head: headerHeight,
    keep: true,
    before: 0,
    draw: () => drawRow(header, true, true),
  };
  const units: Unit[] = [{ ...repeat, before: 2, draw: () => drawRow(header, true, false) }];
  const finish = () => {
    element?.end();
    doc.y += 8;
  };
  const bottom = doc.page.height - doc.page.margins.bottom;
  const n = table.rows.length;
  table.rows.forEach((cells, i) => {
    const last = i === n - 1;
    // A row is broken into lines only when the page flow looks at it, and forgotten once drawn, so that
    // ten thousand rows never hold their lines in memory all at once.
    let pieces: Row[] | undefined;
    const measure = () => {
      if (pieces === undefined) {
        const row = linesOf(cells, false);
        pieces = Math.max(...row.map((l) => l.length)) <= fits ? [row] : splitRow(row, fits);
      }
      return pieces;
    };
    units.push({
      get height() {
        return measure().reduce((h, p) => h + heightOf(p), 0) + (last ? 8 : 0);
      },
      get head() {
        return heightOf(measure()[0]!);
      },
      // The header keeps with the first row and the first with the second, so that no table starts with a
      // lone row at a page foot; the last but one keeps with the last, so that none ends with one on top.
      keep: i === 0 || i === n - 2 || (last && table.keep),
      before: 0,
      repeat,
      draw: () => {
        for (const [k, piece] of measure().entries()) {
          if (k > 0 && doc.y + heightOf(piece) > bottom) {
            doc.addPage();
            repeat.draw();
          }
          drawRow(piece, false, false);
        }
        pieces = undefined;
        if (last) finish();
      },
    });
  });
  if (n === 0)
    units[0]!.draw = () => {
      drawRow(header, true, false);
      finish();
    };
  return units;
}
