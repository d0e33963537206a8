import { createRequire } from "node:module";
import { marked, type Token, type Tokens } from "marked";
import PDFDocument from "pdfkit";
import type { Scene } from "../core/charts/index.js";
import { drawScene } from "./charts/pdf.js";
import { columnWidths } from "./columns.js";
import { decodeEntities } from "./entities.js";
import { plain, type Run, runs } from "./inline.js";

// The only module that knows the PDF library. Layout after Decree 30/2020/NĐ-CP, Appendix I: A4, margins
// top/bottom 20 mm, left 30 mm, right 15 mm, Times-metric type (Tinos), body 13 pt, page numbers from page 2.

const mm = (v: number) => (v * 72) / 25.4;
const BODY = 13;
const TABLE = 11;

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`@expo-google-fonts/tinos/${name}/Tinos_${name}.ttf`);

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfMeta {
  title: string;
  subject: string;
  lang: string;
  /** The document's date, for its metadata (so the output depends on the data alone). */
  date: string;
}

class Layout {
  private readonly left: number;
  private readonly width: number;
  private afterTitle = false;

  constructor(private readonly doc: Doc) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.registerFont("regular", fontFile("400Regular"));
    doc.registerFont("bold", fontFile("700Bold"));
    doc.registerFont("italic", fontFile("400Regular_Italic"));
    doc.registerFont("bold-italic", fontFile("700Bold_Italic"));
    doc.font("regular").fontSize(BODY);
  }

  private font(run: { bold: boolean; italic: boolean }): string {
    return run.bold ? (run.italic ? "bold-italic" : "bold") : run.italic ? "italic" : "regular";
  }

  /** A paragraph of styled runs; the first call places it, the rest continue the same paragraph. */
  private write(list: Run[], size: number, options: PDFKit.Mixins.TextOptions & { x?: number; y?: number }): void {
    const { x, y, ...rest } = options;
    // Adjacent runs of one style are written as one: pdfkit lays out each continued piece on its own,
    // which goes wrong for centred lines made of many pieces (escaped characters split the text).
    const items: Run[] = [];
    for (const run of list) {
      if (run.text === "") continue;
      const last = items.at(-1);
      if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
      else items.push({ ...run });
    }
    if (items.length === 0) return;
    items.forEach((run, i) => {
      this.doc.font(this.font(run)).fontSize(size);
      const more = { ...rest, continued: i < items.length - 1 };
      if (i === 0 && x !== undefined) this.doc.text(run.text, x, y, more);
      else this.doc.text(run.text, more);
    });
  }

  private rule(x: number, y: number, length: number): void {
    this.doc
      .moveTo(x, y)
      .lineTo(x + length, y)
      .lineWidth(0.6)
      .stroke();
  }

  private ensure(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** The two-column title block: issuing body left, national title and motto right, number and date below. */
  titleBlock(table: Tokens.Table): void {
    const doc = this.doc;
    const top = doc.y;
    const leftWidth = mm(62);
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    const [issuer, national] = table.header.map((c) => plain(runs(c.tokens)).split("\n"));
    const [number, dateLine] = (table.rows[0] ?? []).map((c) => runs(c.tokens));

    doc.font("bold").fontSize(12.5);
    doc.text((issuer ?? []).join("\n"), this.left, top, { width: leftWidth, align: "center" });
    const issuerBottom = doc.y;
    this.rule(this.left + leftWidth / 2 - mm(12), issuerBottom + 3, mm(24));

    const [motto, ...restNational] = [...(national ?? [])].reverse();
    doc
      .font("bold")
      .fontSize(12.5)
      .text(restNational.reverse().join("\n"), rightX, top, { width: rightWidth, align: "center" });
    if (motto !== undefined) {
      doc.font("bold").fontSize(13.5).text(motto, rightX, doc.y, { width: rightWidth, align: "center" });
      const w = doc.widthOfString(motto);
      this.rule(rightX + (rightWidth - w) / 2, doc.y + 1, w);
    }
    const rightBottom = doc.y;
    const secondRow = Math.max(issuerBottom + mm(3), rightBottom + mm(3));
    if (number) this.write(number, BODY, { x: this.left, y: secondRow, width: leftWidth, align: "center" });
    const numberBottom = number ? doc.y : secondRow;
    if (dateLine) this.write(dateLine, BODY, { x: rightX, y: secondRow, width: rightWidth, align: "center" });
    doc.x = this.left;
    doc.y = Math.max(numberBottom, doc.y) + mm(8);
  }

  heading(token: Tokens.Heading): void {
    const doc = this.doc;
    const text = runs(token.tokens);
    if (token.depth === 1) {
      this.ensure(60);
      doc.moveDown(0.3);
      this.write(
        text.map((r) => ({ ...r, bold: true })),
        14,
        { x: this.left, y: doc.y, width: this.width, align: "center" },
      );
      this.afterTitle = true;
      return;
    }
    if (token.depth === 2 && this.afterTitle) {
      // The summary line (trích yếu) under the document type, with a short rule below it.
      this.write(
        text.map((r) => ({ ...r, bold: true })),
        BODY,
        { x: this.left + mm(10), y: doc.y, width: this.width - mm(20), align: "center" },
      );
      this.rule(this.left + this.width / 2 - mm(20), doc.y + 6, mm(40));
      doc.y += mm(6);
      this.afterTitle = false;
      return;
    }
    this.afterTitle = false;
    this.ensure(50);
    doc.y += 6;
    this.write(
      text.map((r) => ({ ...r, bold: true, italic: r.italic || token.depth > 3 })),
      BODY,
      { x: this.left, y: doc.y, width: this.width, align: "left" },
    );
    doc.y += 4;
  }

  paragraph(list: Run[], indent = 0): void {
    this.afterTitle = false;
    this.write(list, BODY, {
      x: this.left + indent,
      y: this.doc.y,
      width: this.width - indent,
      align: "justify",
      indent: indent === 0 ? mm(10) : 0,
      lineGap: 2,
    });
    this.doc.y += 6;
  }

  list(token: Tokens.List, level = 0): void {
    this.afterTitle = false;
    const doc = this.doc;
    const start = typeof token.start === "number" ? token.start : 1;
    token.items.forEach((item, i) => {
      const marker = token.ordered ? `${start + i}.` : "-";
      const x = this.left + mm(10) + level * mm(7);
      doc.font("regular").fontSize(BODY);
      const markerWidth = Math.max(doc.widthOfString(marker) + 5, token.ordered ? mm(6) : mm(4));
      this.ensure(BODY * 1.5);
      const y = doc.y;
      doc.text(marker, x, y, { lineBreak: false });
      let first = true;
      for (const child of item.tokens) {
        if (child.type === "list") {
          this.list(child as Tokens.List, level + 1);
          continue;
        }
        const content =
          child.type === "text" || child.type === "paragraph"
            ? runs((child as Tokens.Paragraph).tokens ?? [child])
            : runs([child]);
        this.write(content, BODY, {
          x: x + markerWidth,
          y: first ? y : doc.y,
          width: this.left + this.width - x - markerWidth,
          align: "left",
          lineGap: 2,
        });
        first = false;
      }
      doc.y += 3;
    });
    doc.x = this.left;
    doc.y += 3;
  }

  table(token: Tokens.Table): void {
    this.afterTitle = false;
    const doc = this.doc;
    const pad = 3;
    const cells = [token.header, ...token.rows].map((row) => row.map((c) => runs(c.tokens)));
    doc.fontSize(TABLE);
    // Each distinct word is measured once: shaping text with the font is the costly part of layout.
    const measured = new Map<string, number>();
    const measure = (font: string, text: string) => {
      const key = `${font}\u0000${text}`;
      let w = measured.get(key);
      if (w === undefined) {
        w = doc.font(font).widthOfString(text);
        measured.set(key, w);
      }
      return w;
    };
    const longestWord = (i: number) =>
      Math.max(
        ...cells.map((row) =>
          Math.max(
            0,
            ...plain(row[i] ?? [])
              .split(/\s+/)
              .map((w) => measure("bold", w)),
          ),
        ),
      );
    const natural = (i: number) =>
      Math.max(
        ...cells.map((row) =>
          plain(row[i] ?? [])
            .split("\n")
            .reduce((m, l) => Math.max(m, measure("regular", l)), 0),
        ),
      );
    const widths = columnWidths(
      token.header.map((_, i) => ({ longestWord: longestWord(i), natural: natural(i) })),
      this.width,
      2 * pad,
    );

    const heights = new Map<Run[][], number>();
    const heightOf = (row: Run[][], header: boolean) => {
      let h = heights.get(row);
      if (h === undefined) {
        h =
          Math.max(
            ...row.map((cell, i) =>
              doc
                .font(header ? "bold" : "regular")
                .fontSize(TABLE)
                .heightOfString(plain(cell) || " ", { width: widths[i]! - 2 * pad }),
            ),
          ) +
          2 * pad;
        heights.set(row, h);
      }
      return h;
    };
    const drawRow = (row: Run[][], header: boolean) => {
      const height = heightOf(row, header);
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        if (!header) drawRow(cells[0]!, true);
      }
      const top = doc.y;
      let x = this.left;
      row.forEach((cell, i) => {
        doc.rect(x, top, widths[i]!, height).lineWidth(0.5).stroke();
        const align = token.align[i] === "right" ? "right" : token.align[i] === "center" || header ? "center" : "left";
        this.write(header ? cell.map((r) => ({ ...r, bold: true })) : cell, TABLE, {
          x: x + pad,
          y: top + pad,
          width: widths[i]! - 2 * pad,
          align,
        });
        x += widths[i]!;
      });
      doc.x = this.left;
      doc.y = top + height;
    };
    doc.y += 2;
    for (const [r, row] of cells.entries()) drawRow(row, r === 0);
    doc.font("regular").fontSize(BODY);
    doc.y += 8;
  }

  block(token: Token): void {
    switch (token.type) {
      case "heading":
        this.heading(token as Tokens.Heading);
        return;
      case "paragraph":
        this.paragraph(runs((token as Tokens.Paragraph).tokens));
        return;
      case "list":
        this.list(token as Tokens.List);
        return;
      case "table":
        this.table(token as Tokens.Table);
        return;
      case "blockquote":
        for (const child of (token as Tokens.Blockquote).tokens) {
          if (child.type === "paragraph")
            this.paragraph(
              runs((child as Tokens.Paragraph).tokens).map((r) => ({ ...r, italic: true })),
              mm(10),
            );
          else this.block(child);
        }
        return;
      case "hr":
        this.rule(this.left + this.width / 2 - mm(20), this.doc.y + 4, mm(40));
        this.doc.y += 12;
        return;
      case "space":
        return;
      case "code":
        this.paragraph([{ text: (token as Tokens.Code).text, bold: false, italic: false }], mm(10));
        return;
      default:
        this.paragraph([{ text: decodeEntities(token.raw.trim()), bold: false, italic: false }]);
        return;
    }
  }

  /** A chart, kept on one page, as vector shapes. */
  chart(scene: Scene): void {
    this.afterTitle = false;
    this.ensure(scene.height + 12);
    const top = this.doc.y + 4;
    drawScene(this.doc, scene, this.left + (this.width - scene.width) / 2, top);
    this.doc.x = this.left;
    this.doc.y = top + scene.height + 8;
    this.doc.font("regular").fontSize(BODY);
  }

  /** Page numbers centred in the top margin, from page 2 on. */
  pageNumbers(): void {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start + 1; i < start + count; i++) {
      doc.switchToPage(i);
      doc
        .font("regular")
        .fontSize(13)
        .text(String(i + 1), this.left, mm(10), { width: this.width, align: "center", lineBreak: false });
    }
  }
}

/** The chart a fenced ```mermaid block stands for, when its first line names one ("%% mou:chart status"). */
function chartOf(token: Token, charts: Readonly<Record<string, Scene>>): Scene | undefined {
  if (token.type !== "code" || (token as Tokens.Code).lang !== "mermaid") return undefined;
  const name = /^%% mou:chart (\w+)/.exec((token as Tokens.Code).text)?.[1];
  return name !== undefined && Object.hasOwn(charts, name) ? charts[name] : undefined;
}

/**
 * Lays out the Markdown of a document as an A4 PDF and returns its bytes. A Mermaid block that names one
 * of `charts` is drawn as that chart.
 */
export function renderPdf(
  markdown: string,
  meta: PdfMeta,
  charts: Readonly<Record<string, Scene>> = {},
): Promise<Buffer> {
  const created = new Date(`${meta.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
    bufferPages: true,
    lang: meta.lang,
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Creator: "mou",
      Producer: "mou",
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const layout = new Layout(doc);
  const tokens = marked.lexer(markdown.normalize("NFC"));
  const first = tokens.findIndex((t) => t.type !== "space");
  for (const [i, token] of tokens.entries()) {
    const chart = chartOf(token, charts);
    if (i === first && token.type === "table") layout.titleBlock(token as Tokens.Table);
    else if (chart !== undefined) layout.chart(chart);
    else layout.block(token);
  }
  layout.pageNumbers();
  doc.end();
  return done;
}
