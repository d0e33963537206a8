import { drawScene } from "../charts/pdf.js";
import { mm, size, spacing } from "../layout.js";
import type { Block, Run } from "../model.js";
import type { Unit } from "./flow.js";
import type { Doc } from "./fonts.js";
import { tableUnits } from "./table.js";
import type { Element, Tags } from "./tags.js";
import { rule } from "./text.js";
import type { Typesetter } from "./typeset.js";

/** Where the body is laid out: the text column, the typesetter and the structure tree. */
export interface Column {
  doc: Doc;
  left: number;
  width: number;
  tags: Tags;
  ts: Typesetter;
}

/** The structure element a unit's content goes under, known only when it is drawn (lists open as they go). */
export type Parent = () => Element | undefined;
const root: Parent = () => undefined;

/** A paragraph of text at `x`, `width` wide: broken into lines now, drawn and tagged as `tag` later. */
function textUnit(
  c: Column,
  list: Run[],
  place: { x: number; width: number; before: number; after: number; indent?: number; align: string },
  options: { tag: string; keep: boolean; parent: Parent },
): Unit {
  const indent = place.indent ?? 0;
  const lines = c.ts.lines(list, size.body, place.width, indent);
  const lh = c.ts.lineHeight(size.body, spacing.lineGap);
  const height = lines.length * lh + place.after;
  return {
    height,
    head: Math.min(height, 2 * lh + place.after),
    keep: options.keep,
    before: place.before,
    draw: () => {
      const box = { x: place.x, width: place.width, indent, align: place.align, gap: spacing.lineGap };
      c.tags.leaf(options.tag, () => c.ts.drawLines(lines, size.body, box), options.parent());
      c.doc.x = c.left;
      c.doc.y += place.after;
    },
  };
}

const blank: Run[] = [{ text: " ", bold: false, italic: false }];

function listUnits(c: Column, block: Extract<Block, { kind: "list" }>, level: number, parent: Parent): Unit[] {
  const units: Unit[] = [];
  let list: Element | undefined;
  let item: Element | undefined;
  const x = c.left + mm(spacing.listIndent) + level * mm(spacing.listLevel);
  const markers = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : "-"));
  const markerWidth = Math.max(
    ...markers.map((m) => c.ts.width(m, "regular", size.body) + 5),
    block.ordered ? mm(6) : mm(4),
  );
  block.items.forEach((entry, i) => {
    const body = textUnit(
      c,
      entry.runs.length > 0 ? entry.runs : blank,
      { x: x + markerWidth, width: c.left + c.width - x - markerWidth, before: 0, after: 3, align: "left" },
      { tag: "LBody", keep: entry.keep, parent: () => item },
    );
    const last = i === block.items.length - 1;
    units.push({
      ...body,
      draw: () => {
        // The list and each item open as they are drawn, so that the tree follows the order of the page.
        list ??= c.tags.group("L", parent());
        item?.end();
        item = c.tags.group("LI", list);
        const y = c.doc.y;
        c.tags.leaf("Lbl", () => c.ts.drawText(markers[i]!, "regular", size.body, x, y), item);
        c.doc.y = y;
        body.draw();
        if (last && entry.children.length === 0) {
          item?.end();
          list?.end();
        }
      },
    });
    entry.children.forEach((child, k) => {
      const nested = blockUnits(c, child, level + 1, () => item);
      if (last && k === entry.children.length - 1 && nested.length > 0) {
        const end = nested.at(-1)!;
        const draw = end.draw;
        end.draw = () => {
          draw();
          item?.end();
          list?.end();
        };
      }
      units.push(...nested);
    });
  });
  return units;
}

/** The units of one block of the body. */
export function blockUnits(c: Column, block: Block, level = 0, parent: Parent = root): Unit[] {
  switch (block.kind) {
    case "heading":
      return [
        textUnit(
          c,
          block.runs.map((r) => ({ ...r, bold: true, italic: r.italic || block.level > 3 })),
          { x: c.left, width: c.width, before: 6, after: 4, align: "left" },
          { tag: `H${Math.min(block.level, 6)}`, keep: true, parent },
        ),
      ];
    case "paragraph": {
      const quote = block.quote === true;
      const indent = quote ? mm(spacing.indent) : 0;
      return [
        textUnit(
          c,
          block.runs,
          {
            x: c.left + indent,
            width: c.width - indent,
            before: 0,
            after: spacing.after,
            indent: quote ? 0 : mm(spacing.indent),
            align: "justify",
          },
          { tag: "P", keep: block.keep, parent },
        ),
      ];
    }
    case "list":
      return listUnits(c, block, level, parent);
    case "table":
      return tableUnits(c, block, parent);
    case "chart": {
      const { scene, alt } = block.figure;
      // A chart is never split: it moves to the next page whole, and its caption (the block after it) follows.
      return [
        {
          height: scene.height + 12,
          head: scene.height + 12,
          keep: true,
          before: 4,
          draw: () => {
            const top = c.doc.y;
            const x = c.left + (c.width - scene.width) / 2;
            c.tags.leaf("Figure", () => drawScene(c.doc, scene, x, top), parent(), alt);
            c.doc.x = c.left;
            c.doc.y = top + scene.height + 12;
          },
        },
      ];
    }
    case "rule":
      return [
        {
          height: 12,
          head: 12,
          keep: false,
          before: 0,
          draw: () => {
            c.tags.artifact(() => rule(c.doc, c.left + c.width / 2 - mm(20), c.doc.y + 4, mm(40)));
            c.doc.y += 12;
          },
        },
      ];
  }
}
