import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { font, margins, page, size, spacing } from "../layout.js";
import type { Block, OfficialDocument } from "../model.js";
import { parseBody } from "../parse.js";
import { plainFrame } from "../plain-frame.js";
import { bodyBlock, Numbering } from "./blocks.js";
import { coreProperties } from "./core.js";
import { closingBlock, headBlocks } from "./frame.js";
import { half, ptTwip, twip } from "./units.js";

// The only module that knows the docx package; every length and size comes from ../layout.ts.

const heading = (italic = false) => ({
  run: { font: font.word, size: half(size.body), bold: true, italics: italic, color: "000000" },
  paragraph: { keepNext: true, spacing: { before: ptTwip(6), after: ptTwip(4) } },
});

/** Word's own styles, set to the decree's type: real headings, a body text style, a title for the type. */
const styles = (lang: string) => ({
  default: {
    document: {
      run: { font: font.word, size: half(size.body), language: { value: lang } },
      paragraph: { spacing: { after: 0, line: 276 } },
    },
    title: {
      run: { font: font.word, size: half(size.type), bold: true, color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
    heading1: heading(),
    heading2: heading(),
    heading3: heading(true),
    heading4: heading(true),
    heading5: heading(true),
    heading6: heading(true),
  },
  paragraphStyles: [
    {
      id: "BodyText",
      name: "Body Text",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: twip(spacing.indent) },
        spacing: { after: ptTwip(spacing.after), line: 276 },
      },
    },
    {
      id: "TableText",
      name: "Table Text",
      basedOn: "Normal",
      run: { size: half(size.table) },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
    {
      id: "Quote",
      name: "Quote",
      basedOn: "BodyText",
      run: { italics: true },
      paragraph: { indent: { left: twip(spacing.indent), firstLine: 0 } },
    },
  ],
});

const topLevel = (blocks: Block[]) =>
  Math.min(6, ...blocks.filter((b) => b.kind === "heading").map((b) => (b as { level: number }).level));

/** The figures with their PNG fallbacks, drawn only when the document has charts. */
async function withRasters(figures: OfficialDocument["figures"]): Promise<OfficialDocument["figures"]> {
  const entries = Object.entries(figures ?? {});
  if (entries.length === 0) return figures;
  const { renderSvg } = await import("../charts/svg.js");
  const { renderPng } = await import("../charts/png.js");
  return Object.fromEntries(
    await Promise.all(
      entries.map(async ([name, f]) => [name, { ...f, raster: await renderPng(renderSvg(f.scene, [f.alt])) }] as const),
    ),
  );
}

/** Lays out a document — frame and Markdown body — as an editable Word file (.docx) and returns its bytes. */
export async function renderDocx(document: OfficialDocument): Promise<Buffer> {
  const { meta } = document;
  const frame = plainFrame(document.frame);
  const body = parseBody(document.body, await withRasters(document.figures));
  const numbering = new Numbering();
  const top = topLevel(body.blocks);
  const children = [
    ...headBlocks(frame, body.type, body.summary),
    ...body.blocks.flatMap((b) => bodyBlock(b, numbering, 0, top)),
    ...closingBlock(frame),
  ];
  const file = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    styles: styles(meta.lang === "vi" ? "vi-VN" : "en-GB"),
    numbering: { config: numbering.config },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(page.width), height: twip(page.height) },
            margin: {
              top: twip(margins.top),
              bottom: twip(margins.bottom),
              left: twip(margins.left),
              right: twip(margins.right),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: half(size.pageNumber) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(file, false, [coreProperties(meta)]);
}
