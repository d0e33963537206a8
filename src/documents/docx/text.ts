import { AlignmentType, BorderStyle, Paragraph, type ParagraphChild, TextRun } from "docx";
import type { Run } from "../model.js";
import { half, ptTwip } from "./units.js";

/**
 * Runs as Word text runs; a "\n" inside a run (a Markdown hard break) becomes a line break. Only the
 * emphasis a run has is written, so that a style's own (a heading's bold) shows through.
 */
export function textRuns(list: Run[], size?: number, style: Partial<Omit<Run, "text">> = {}): ParagraphChild[] {
  return list.flatMap((run) =>
    run.text.split("\n").map(
      (text, i) =>
        new TextRun({
          text,
          ...((style.bold ?? run.bold) ? { bold: true } : {}),
          ...((style.italic ?? run.italic) ? { italics: true } : {}),
          ...(size !== undefined ? { size: half(size) } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

export const plainRun = (text: string): Run[] => [{ text, bold: false, italic: false }];

/** A centred line, as the title block and signature block write them. */
export function centred(text: string, size: number, style: { bold?: boolean; italic?: boolean } = {}, keepNext = true) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext,
    spacing: { after: 0 },
    children: [new TextRun({ text, size: half(size), bold: style.bold ?? false, italics: style.italic ?? false })],
  });
}

/**
 * A short solid rule, centred in a cell `cellWidth` twips wide: an empty paragraph of 1 pt type whose bottom
 * border is `length` twips long — the way Word users draw the rules of the title block, without a shape.
 */
export function ruleParagraph(cellWidth: number, length: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    keepNext: true,
    spacing: { before: 0, after, line: ptTwip(5), lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    run: { size: 2 },
    children: [],
  });
}
