import { columnWidths } from "../columns.js";
import { plain } from "../inline.js";
import { size, spacing } from "../layout.js";
import type { Block, Run } from "../model.js";
import type { Column, Parent } from "./blocks.js";
import type { Unit } from "./flow.js";
import type { Element } from "./tags.js";
import type { Line } from "./typeset.js";

type Table = Extract<Block, { kind: "table" }>;
/** A row as the lines of each of its cells. */
type Row = Line[][];

const pad = spacing.cellPadding;
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
  // Each distinct word is measured once.
  const measured = new Map<string, number>();
  const measure = (font: "regular" | "bold", text: string) => {
    const key = `${font}\u0000${text}`;
    let w = measured.get(key);
    if (w === undefined) {
      w = ts.width(text, font, size.table);
      measured.set(key, w);
    }
    return w;
  };
  const longestWord = (i: number) =>
    Math.max(
      0,
      ...all.map((row) =>
        Math.max(
          0,
          ...plain(row[i] ?? [])
            .split(WORDS)
            .map((w) => measure("bold", w)),
        ),
      ),
    );
  const natural = (i: number) =>
    Math.max(
      ...all.map((row) =>
        plain(row[i] ?? [])
          .split("\n")
          .reduce((m, l) => Math.max(m, measure("regular", l)), 0),
      ),
    );
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
    let x = c.left;
    row.forEach((lines, i) => {
      doc.markContent("Artifact");
      doc.rect(x, top, widths[i]!, height).lineWidth(0.5).stroke();
      doc.endMarkedContent();
      const left = x;
      const write = () => {
        for (const [k, line] of lines.entries())
          ts.drawLine(line, size.table, left + pad, top + pad + k * lh, widths[i]! - 2 * pad, align(i, header));
      };
      if (artifact) {
        doc.markContent("Artifact");
        write();
        doc.endMarkedContent();
      } else c.tags.leaf(header ? "TH" : "TD", write, tr);
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
  const body = table.rows.flatMap((cells) => {
    const row = linesOf(cells, false);
    return Math.max(...row.map((l) => l.length)) <= fits ? [row] : splitRow(row, fits);
  });
  const finish = () => {
    element?.end();
    doc.y += 8;
  };
  body.forEach((row, i) => {
    const last = i === body.length - 1;
    const height = heightOf(row);
    units.push({
      height: last ? height + 8 : height,
      head: height,
      // The header keeps with the first row and the first with the second, so that no table starts with a
      // lone row at a page foot; the last but one keeps with the last, so that none ends with one on top.
      keep: i === 0 || i === body.length - 2 || (last && table.keep),
      before: 0,
      repeat,
      draw: () => {
        drawRow(row, false, false);
        if (last) finish();
      },
    });
  });
  if (body.length === 0)
    units[0]!.draw = () => {
      drawRow(header, true, false);
      finish();
    };
  return units;
}
