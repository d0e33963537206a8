import type { Block, Body, Figure, Frame, Run } from "../model.js";

/**
 * Whether every character a document draws is in `has` (the subset fonts' code points, one bit each for
 * the Basic Multilingual Plane). Control characters count as present: line ends break lines, and the
 * rest never reach a page (documentText makes them U+FFFD).
 */
export function documentCovered(
  parts: { frame: Frame; body: Body; figures?: Readonly<Record<string, Figure>> | undefined },
  has: Uint8Array,
): boolean {
  const text = (value: string): boolean => {
    for (let i = 0; i < value.length; i++) {
      const cp = value.charCodeAt(i);
      // A surrogate (half of a character beyond the BMP) is never in the subset.
      if (cp >= 0x20 && (has[cp >> 3]! & (1 << (cp & 7))) === 0) return false;
    }
    return true;
  };
  const runs = (list: readonly Run[]) => list.every((r) => text(r.text));
  const block = (b: Block): boolean => {
    switch (b.kind) {
      case "heading":
      case "paragraph":
        return runs(b.runs);
      case "list":
        return b.items.every((item) => runs(item.runs) && item.children.every(block));
      case "table":
        return b.header.every(runs) && b.rows.every((row) => row.every(runs));
      case "chart":
        return anything(b.figure.scene, text);
      case "rule":
        return true;
    }
  };
  const { frame, body, figures } = parts;
  return (
    anything(frame, text) &&
    runs(body.type) &&
    runs(body.summary) &&
    body.blocks.every(block) &&
    (figures === undefined || anything(figures, text))
  );
}

/** Every string inside a small value of plain objects and arrays (a frame, a chart) passes `test`. */
function anything(value: unknown, test: (s: string) => boolean): boolean {
  if (typeof value === "string") return test(value);
  if (Array.isArray(value)) return value.every((v) => anything(v, test));
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value))
    return Object.values(value).every((v) => anything(v, test));
  return true;
}
