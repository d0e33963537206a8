import {
  AlignmentType,
  type ILevelsOptions,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import { renderSvg } from "../charts/svg.js";
import { columnWidths } from "../columns.js";
import { plain } from "../inline.js";
import { size, spacing, textWidth } from "../layout.js";
import { widthOf } from "../measure.js";
import type { Align, Block, Figure, Run } from "../model.js";
import { textRuns } from "./text.js";
import { ptTwip, twip } from "./units.js";

const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const LEVELS = 4;

/** The levels of a list numbering: "1." (from `start`) or "-" at every depth, indented as the PDF is. */
function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: ordered && level === 0 ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered && level === 0 ? "%1." : "-",
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: {
        indent: { left: twip(spacing.listIndent + 6 + level * spacing.listLevel), hanging: twip(6) },
      },
    },
  }));
}

/** Collects the numbering definitions the lists of a document need: one per list, so that each restarts. */
export class Numbering {
  readonly config: { reference: string; levels: ILevelsOptions[] }[] = [];

  add(ordered: boolean, start: number): string {
    const reference = `list-${this.config.length + 1}`;
    this.config.push({ reference, levels: levels(ordered, start) });
    return reference;
  }
}

type Out = Paragraph | Table;

function listBlocks(block: Extract<Block, { kind: "list" }>, numbering: Numbering, level: number): Out[] {
  const reference = numbering.add(block.ordered, block.start);
  return block.items.flatMap((item) => [
    new Paragraph({
      numbering: { reference, level: Math.min(level, LEVELS - 1) },
      keepNext: item.keep,
      spacing: { after: ptTwip(3) },
      children: textRuns(item.runs),
    }),
    ...item.children.flatMap((child) => bodyBlock(child, numbering, level + 1)),
  ]);
}

function tableBlock(block: Extract<Block, { kind: "table" }>): Table {
  const pad = spacing.cellPadding;
  const rows = [block.header, ...block.rows];
  // Loops, not spreads: a table may have ten thousand rows.
  const measures = block.header.map((_, i) => {
    let longestWord = 0;
    let natural = 0;
    const seen = new Set<string>();
    for (const row of rows) {
      const text = plain(row[i] ?? []);
      if (seen.has(text)) continue;
      seen.add(text);
      for (const w of text.split(/[\s\u200b]+/)) longestWord = Math.max(longestWord, widthOf(w, "bold", size.table));
      for (const l of text.split("\n")) natural = Math.max(natural, widthOf(l, "regular", size.table));
    }
    return { longestWord, natural };
  });
  const widths = columnWidths(
    measures,
    (twip(textWidth) / 20) | 0,
    // Word and LibreOffice leave a little more room around cell text than the cell margins say.
    2 * pad + 3,
  ).map((w) => Math.floor(w * 20));
  // Size, spacing and margins come from the table and its paragraph style, not from each of (perhaps
  // fifty thousand) cells: the docx package holds every property as objects until it writes the file.
  const aligned = block.align.map((a: Align) => (a === "left" ? undefined : alignment[a]));
  const cell = (runs: Run[], i: number, header: boolean, keepNext: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          style: "TableText",
          ...(header ? { alignment: AlignmentType.CENTER } : aligned[i] ? { alignment: aligned[i] } : {}),
          ...(keepNext ? { keepNext } : {}),
          children: textRuns(runs, undefined, header ? { bold: true } : {}),
        }),
      ],
    });
  const n = block.rows.length;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: ptTwip(pad), bottom: ptTwip(pad), left: ptTwip(pad), right: ptTwip(pad) },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((c, i) => cell(c, i, true, true)),
      }),
      // The first row keeps with the second and the last but one with the last: no lone row at either end.
      ...block.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(c, i, false, r === 0 || r === n - 2 || (r === n - 1 && block.keep))),
          }),
      ),
    ],
  });
}

/**
 * A chart as a picture in its own centred paragraph: the SVG, which Word draws as vector graphics, with the
 * PNG fallback that older Word and LibreOffice show; the alternative text holds its numbers.
 */
function chartBlock(figure: Figure): Out[] {
  const { scene, alt } = figure;
  // Points to pixels at 96 per inch, the unit docx sizes pictures in.
  const transformation = { width: Math.round((scene.width * 96) / 72), height: Math.round((scene.height * 96) / 72) };
  const svg = new TextEncoder().encode(renderSvg(scene, [alt]));
  if (figure.raster === undefined) throw new Error("a chart reached the Word layout without its PNG fallback");
  const fallback = figure.raster;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // The document's line spacing has no rule of its own, which LibreOffice reads as exact: a picture
      // needs "auto" to get the height it asks for.
      spacing: { before: ptTwip(4), after: ptTwip(6), line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: "svg",
          data: svg,
          fallback: { type: "png", data: fallback },
          transformation,
          altText: { name: scene.title, title: scene.title, description: alt },
        }),
      ],
    }),
  ];
}

/** One block of the body as Word paragraphs and tables. `level` is the depth of list nesting. */
export function bodyBlock(block: Block, numbering: Numbering, level = 0, top = 3): Out[] {
  switch (block.kind) {
    case "heading": {
      const depth = Math.max(1, Math.min(block.level - top + 1, 6));
      return [
        new Paragraph({
          style: `Heading${depth}`,
          keepNext: true,
          children: textRuns(block.runs),
        }),
      ];
    }
    case "paragraph":
      return [
        new Paragraph({
          style: block.quote ? "Quote" : "BodyText",
          keepNext: block.keep,
          children: textRuns(block.runs),
        }),
      ];
    case "list":
      return listBlocks(block, numbering, level);
    case "table":
      return [tableBlock(block), new Paragraph({ spacing: { after: ptTwip(6) }, keepNext: block.keep, children: [] })];
    case "rule":
      return [new Paragraph({ children: [] })];
    case "chart":
      return chartBlock(block.figure);
  }
}
