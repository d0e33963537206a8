import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { closing, size, textWidth, titleBlock } from "../layout.js";
import { widthOf } from "../measure.js";
import type { Frame, Run } from "../model.js";
import { centred, ruleParagraph, textRuns } from "./text.js";
import { half, ptTwip, twip } from "./units.js";

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children, margins: { left: 0, right: 0 } });

/** A borderless two-column table: Decree 30's title block and closing are laid out this way in Word. */
function grid(widths: [number, number], rows: Paragraph[][][]) {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) => new TableRow({ cantSplit: true, children: cells.map((children, i) => cell(widths[i]!, children)) }),
    ),
  });
}

/** The largest size from `from` down to `min` at which the text fits `width` points on one line. */
function fitSize(text: string, from: number, min: number, width: number): number {
  let s = from;
  while (s > min && widthOf(text, "italic", s) > width) s -= 0.5;
  return s;
}

/** Title block, document type and summary line, as the head of the first page. */
export function headBlocks(frame: Frame, type: Run[], summary: Run[]): (Paragraph | Table)[] {
  const left = twip(titleBlock.left);
  const right = twip(textWidth) - left;
  const mottoLength = Math.min(right, ptTwip(widthOf(frame.motto, "bold", size.motto)));
  // The place-and-date line keeps to one line: it shrinks a little rather than wrap. Word and LibreOffice
  // keep about 5.4 pt of cell margin on each side whatever the cell says, and substitute fonts run wider.
  const dateSize = fitSize(frame.dateLine, size.body, size.dateLineMin, 0.92 * (right / 20 - 11));
  const table = grid(
    [left, right],
    [
      [
        [
          ...frame.parent.map((l) => centred(l, size.title)),
          ...frame.issuer.map((l) => centred(l, size.title, { bold: true })),
          ruleParagraph(left, twip(titleBlock.ruleShort), ptTwip(6)),
          centred(frame.number, size.body),
        ],
        [
          centred(frame.national, size.title, { bold: true }),
          centred(frame.motto, size.motto, { bold: true }),
          ruleParagraph(right, mottoLength, ptTwip(6)),
          centred(frame.dateLine.replace(/ /g, "\u00a0"), dateSize, { italic: true }),
        ],
      ],
    ],
  );
  const out: (Paragraph | Table)[] = [table, new Paragraph({ spacing: { after: ptTwip(12) }, children: [] })];
  if (type.length > 0)
    out.push(
      new Paragraph({
        style: "Title",
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: textRuns(type, size.type, { bold: true }),
      }),
    );
  if (summary.length > 0)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        indent: { left: twip(10), right: twip(10) },
        spacing: { after: 0 },
        children: textRuns(summary, size.body, { bold: true }),
      }),
      ruleParagraph(twip(textWidth), twip(40), ptTwip(12)),
    );
  return out;
}

/** "Nơi nhận" and its list on the left, the signature block on the right, level with each other. */
export function closingBlock(frame: Frame): (Paragraph | Table)[] {
  const left = twip(closing.left);
  const right = twip(textWidth) - left;
  const { recipients, signature } = frame;
  const space = new Paragraph({ keepNext: true, spacing: { before: ptTwip(12), after: 0 }, children: [] });
  return [
    space,
    grid(
      [left, right],
      [
        [
          [
            new Paragraph({
              keepNext: true,
              spacing: { after: 0 },
              children: [
                new TextRun({ text: recipients.label, bold: true, italics: true, size: half(size.recipientsLabel) }),
              ],
            }),
            ...recipients.items.map(
              (item) =>
                new Paragraph({
                  keepNext: true,
                  spacing: { after: 0 },
                  children: [new TextRun({ text: item, size: half(size.recipients) })],
                }),
            ),
          ],
          [
            ...signature.authority.map((line) => centred(line, size.body, { bold: true })),
            new Paragraph({ spacing: { before: twip(closing.signatureSpace), after: 0 }, children: [] }),
            centred(signature.signer ?? "", size.body, { bold: true }),
          ],
        ],
      ],
    ),
  ];
}
