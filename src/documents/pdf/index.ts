import PDFDocument from "pdfkit";
import { margins, mm, size } from "../layout.js";
import type { Block, OfficialDocument } from "../model.js";
import { parseBody } from "../parse.js";
import { plainFrame } from "../plain-frame.js";
import { blockUnits, type Column } from "./blocks.js";
import { paginate } from "./flow.js";
import { type Doc, fontSetFor, registerFonts } from "./fonts.js";
import { closingUnit, drawHead } from "./frame.js";
import { escapedXmp } from "./metadata.js";
import { TAGGED_ITEMS, Tags } from "./tags.js";
import { Typesetter } from "./typeset.js";

// The only module that knows the PDF library; every length and size comes from ../layout.ts.

/** Page numbers centred in the top margin from page 2, written as each page opens. */
function numberPages(doc: Doc, left: number, width: number, tagged: boolean): void {
  let page = 1;
  doc.on("pageAdded", () => {
    page++;
    // Drawing here must not disturb the text pdfkit may be in the middle of laying out.
    const state = doc as unknown as { _font: unknown; _fontSize: number; x: number; y: number };
    const { _font, _fontSize, x, y } = state;
    if (tagged) doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(size.pageNumber)
      .text(String(page), left, mm(10), { width, align: "center", lineBreak: false });
    if (tagged) doc.endMarkedContent();
    Object.assign(state, { _font, _fontSize, x, y });
  });
}

/** The table rows and list items of a body, nested ones included: what makes its structure tree large. */
function itemsOf(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks)
    if (b.kind === "table") n += b.rows.length;
    else if (b.kind === "list") for (const item of b.items) n += 1 + itemsOf(item.children);
  return n;
}

/**
 * Lays out a document — frame and Markdown body — as a tagged A4 PDF/A-2b and returns its bytes. `fonts:
 * "full"` draws it with the full font files even where the subset would do (the pages are the same).
 */
export function renderPdf(document: OfficialDocument, options: { fonts?: "auto" | "full" } = {}): Promise<Buffer> {
  const { meta } = document;
  const frame = plainFrame(document.frame);
  const body = parseBody(document.body, document.figures);
  const tagged = itemsOf(body.blocks) <= TAGGED_ITEMS;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right) },
    pdfVersion: "1.7",
    subset: "PDF/A-2b",
    tagged,
    lang: meta.lang === "vi" ? "vi-VN" : "en",
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: "mou",
      Producer: "mou",
      CreationDate: meta.created,
      ModDate: meta.created,
    },
  });
  escapedXmp(doc, meta);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  // pdfkit starts in Helvetica, which is never drawn with, so never referenced by a page: PDF/A asks only
  // that the fonts used for rendering be embedded. (Passing a font file to the constructor instead makes
  // pdfkit reopen that file on every later switch to a registered font of the same name.)
  registerFonts(doc, fontSetFor({ frame, body, figures: document.figures }, options.fonts));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  numberPages(doc, left, width, tagged);
  const tags = new Tags(doc, tagged);
  const column: Column = { doc, left, width, tags, ts: new Typesetter(doc) };
  drawHead(column, frame, body.type, body.summary);
  paginate(doc, [...body.blocks.flatMap((b) => blockUnits(column, b)), closingUnit(column, frame)]);
  tags.end();
  doc.end();
  return done;
}
