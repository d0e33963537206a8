import type { Run } from "../model.js";
import { type Doc, fontOf } from "./fonts.js";

export type TextOptions = PDFKit.Mixins.TextOptions;

/** The font a run list is measured in: bold if any of it is, which never underestimates its height. */
const measureFont = (list: Run[]) =>
  fontOf({ bold: list.some((r) => r.bold), italic: list.length > 0 && list.every((r) => r.italic) });

/** The height a list of runs takes in `width` at `size`. */
export function heightOf(doc: Doc, list: Run[], size: number, options: TextOptions): number {
  const text = list.map((r) => r.text).join("");
  if (text === "") return 0;
  return doc.font(measureFont(list)).fontSize(size).heightOfString(text, options);
}

/** Writes a paragraph of styled runs at (x, y); pdfkit continues it on the next page if it must. */
export function writeRuns(doc: Doc, list: Run[], size: number, at: { x: number; y: number }, options: TextOptions) {
  const items = list.filter((r) => r.text !== "");
  if (items.length === 0) return;
  items.forEach((run, i) => {
    doc.font(fontOf(run)).fontSize(size);
    const more = { ...options, continued: i < items.length - 1 };
    if (i === 0) doc.text(run.text, at.x, at.y, more);
    else doc.text(run.text, more);
  });
}

/** A solid rule (drawn as an artifact by the caller: it carries no text). */
export function rule(doc: Doc, x: number, y: number, length: number): void {
  doc
    .moveTo(x, y)
    .lineTo(x + length, y)
    .lineWidth(0.6)
    .stroke();
}

/** The largest size from `size` down to `min` (in half points) at which `text` fits `width` on one line. */
export function fitSize(doc: Doc, text: string, font: string, size: number, min: number, width: number): number {
  let s = size;
  while (s > min && doc.font(font).fontSize(s).widthOfString(text) > width) s -= 0.5;
  return s;
}
