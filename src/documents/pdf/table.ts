import { columnWidths } from "../columns.js";
import { plain } from "../inline.js";
import { size, spacing } from "../layout.js";
import type { Block, Run } from "../model.js";
import type { Column, Parent } from "./blocks.js";
import type { Unit } from "./flow.js";
import type { Element } from "./tags.js";
import { heightOf, writeRuns } from "./text.js";

type Table = Extract<Block, { kind: "table" }>;
type Row = Run[][];

const pad = spacing.cellPadding;
const WORDS = /[\s\u200b]+/;

/** Runs from character `from` to `to` of the joined text. */
function sliceRuns(list: Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of list) {
    const end = at + run.text.length;
    if (end > from && at < to) out.push({ ...run, text: run.text.slice(Math.max(0, from - at), to - at) });
    at = end;
  }
  return out;
}

/**
 * A row taller than a page is cut into rows that each fit, at word breaks: a table row cannot continue on
 * the next page inside its borders. Only rows of absurd length (pages of text in one cell) are cut.
 */
function splitRow(row: Row, heightOfCell: (cell: Run[], i: number) => number, capacity: number): Row[] {
  const pieces: Row[] = [];
  let rest = row;
  for (let guard = 0; guard < 100_000; guard++) {
    const cut = rest.map((cell, i) => {
      const h = heightOfCell(cell, i);
      if (h <= capacity) return { now: cell, later: [] as Run[] };
      const text = plain(cell);
      let n = Math.max(1, Math.floor((text.length * capacity * 0.9) / h));
      for (;;) {
        const space = text.slice(0, n).search(/[\s\u200b][^\s\u200b]*$/);
        const at = space > 0 ? space + 1 : n;
        const now = sliceRuns(cell, 0, at);
        if (heightOfCell(now, i) <= capacity || n <= 1) return { now, later: sliceRuns(cell, at, text.length) };
        n = Math.max(1, Math.floor(n * 0.8));
      }
    });
    pieces.push(cut.map((c) => c.now));
    if (cut.every((c) => c.later.length === 0)) break;
    rest = cut.map((c) => c.later);
  }
  return pieces;
}

/** A table as units: the header row (repeated at the top of each page), then one unit per row. */
export function tableUnits(c: Column, table: Table, parent: Parent): Unit[] {
  const { doc } = c;
  const rows: Row[] = [table.header, ...table.rows];
  // Each distinct word is measured once: shaping text with the font is the costly part of layout.
  const measured = new Map<string, number>();
  const measure = (font: string, text: string) => {
    const key = `${font}\u0000${text}`;
    let w = measured.get(key);
    if (w === undefined) {
      w = doc.font(font).fontSize(size.table).widthOfString(text);
      measured.set(key, w);
    }
    return w;
  };
  const longestWord = (i: number) =>
    Math.max(
      0,
      ...rows.map((row) =>
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
      ...rows.map((row) =>
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
  const cellHeight = (cell: Run[], i: number) =>
    heightOf(doc, cell.length > 0 ? cell : [{ text: " ", bold: false, italic: false }], size.table, {
      width: widths[i]! - 2 * pad,
    });
  const rowHeight = (row: Row) => Math.max(...row.map(cellHeight)) + 2 * pad;

  let element: Element | undefined;
  const drawRow = (row: Row, header: boolean, height: number, artifact: boolean) => {
    const top = doc.y;
    const cells = () => {
      let x = c.left;
      row.forEach((cell, i) => {
        doc.markContent("Artifact");
        doc.rect(x, top, widths[i]!, height).lineWidth(0.5).stroke();
        doc.endMarkedContent();
        const list = header ? cell.map((r) => ({ ...r, bold: true })) : cell;
        const write = () =>
          writeRuns(
            doc,
            list,
            size.table,
            { x: x + pad, y: top + pad },
            { width: widths[i]! - 2 * pad, align: align(i, header) },
          );
        if (artifact) {
          doc.markContent("Artifact");
          write();
          doc.endMarkedContent();
        } else if (element) c.tags.leaf(header ? "TH" : "TD", write, tr);
        x += widths[i]!;
      });
    };
    let tr: Element | undefined;
    if (!artifact) {
      element ??= c.tags.group("Table", parent());
      tr = c.tags.group("TR", element);
    }
    cells();
    tr?.end();
    doc.x = c.left;
    doc.y = top + height;
  };

  const headerHeight = rowHeight(table.header);
  const capacity = doc.page.height - doc.page.margins.top - doc.page.margins.bottom - headerHeight - 2 * pad - 4;
  const repeat: Unit = {
    height: headerHeight,
    head: headerHeight,
    keep: true,
    before: 0,
    draw: () => drawRow(table.header, true, headerHeight, true),
  };
  const units: Unit[] = [{ ...repeat, before: 2, draw: () => drawRow(table.header, true, headerHeight, false) }];
  const body = table.rows.flatMap((row) => {
    const whole = rowHeight(row);
    return whole - 2 * pad <= capacity
      ? [{ row, height: whole }]
      : splitRow(row, cellHeight, capacity).map((r) => ({ row: r, height: rowHeight(r) }));
  });
  body.forEach(({ row, height }, i) => {
    const last = i === body.length - 1;
    units.push({
      height: last ? height + 8 : height,
      head: height,
      // The header keeps with the first row and the first with the second, so that no table starts with a
      // lone row at a page foot; the last but one keeps with the last, so that none ends with one on top.
      keep: i === 0 || i === body.length - 2 || (last && table.keep),
      before: 0,
      repeat,
      draw: () => {
        drawRow(row, false, height, false);
        if (last) {
          element?.end();
          doc.y += 8;
        }
      },
    });
  });
  if (body.length === 0)
    units[0]!.draw = () => {
      drawRow(table.header, true, headerHeight, false);
      element?.end();
      doc.y += 8;
    };
  return units;
}
