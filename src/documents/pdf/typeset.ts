import type { Run } from "../model.js";
import { type Doc, type FontName, fontOf } from "./fonts.js";
import { breakLines, type Line } from "./lines.js";

export type { Line, Piece } from "./lines.js";

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface PdfFont {
  id: string;
  ref(): unknown;
  ascender: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  font: { glyphForCodePoint(cp: number): Glyph };
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}

const MARKS = /\p{M}/u;

/**
 * Lays text out in lines with widths summed from each letter's advance, cached per letter, instead of
 * shaping every word with the font engine: Vietnamese text is precomposed (NFC), so each letter is one
 * glyph, and ten thousand table rows lay out in a second rather than in minutes. Kerning is not applied,
 * the same in measuring and drawing. Text with combining marks keeps the full shaping.
 */
export class Typesetter {
  private readonly advances = new Map<FontName, Float64Array>();
  private readonly fonts = new Map<FontName, PdfFont>();
  private readonly codes = new Map<PdfFont, Map<number, string>>();

  constructor(private readonly doc: Doc) {
    for (const name of ["regular", "bold", "italic", "bold-italic"] as const) this.fontObject(name);
    doc.font("regular");
  }

  /** The distance from one line's top to the next at `size`. */
  lineHeight(size: number, gap: number): number {
    return this.doc.font("regular").fontSize(size).currentLineHeight(true) + gap;
  }

  /**
   * Draws lines from doc.y down, continuing on a new page when one would cross the bottom margin;
   * leaves doc.y under the last.
   */
  drawLines(
    lines: Line[],
    size: number,
    box: { x: number; width: number; indent: number; align: string; gap: number },
  ) {
    const lh = this.lineHeight(size, box.gap);
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    lines.forEach((line, i) => {
      if (this.doc.y + lh - box.gap > bottom) this.doc.continueOnNewPage();
      const indent = i === 0 ? box.indent : 0;
      const y = this.doc.y;
      this.drawLine(line, size, box.x + indent, y, box.width - indent, box.align);
      this.doc.y = y + lh;
    });
  }

  /** Draws a short text on one line at (x, y), its top: a list marker. */
  drawText(text: string, font: FontName, size: number, x: number, y: number): void {
    const width = this.width(text, font, size);
    this.drawLine({ pieces: [{ text, font, width }], width, spaces: 0, last: true }, size, x, y, width, "left");
  }

  private fontObject(name: FontName): PdfFont {
    let font = this.fonts.get(name);
    if (font === undefined) {
      this.doc.font(name);
      font = (this.doc as unknown as { _font: PdfFont })._font;
      fastLayout(font);
      this.fonts.set(name, font);
    }
    return font;
  }

  /** The width of `text` in points: its letters' advances, summed in order. */
  width(text: string, font: FontName, size: number): number {
    let table = this.advances.get(font);
    if (table === undefined) {
      // One slot per character of the Basic Multilingual Plane, NaN until measured; others in a map.
      table = new Float64Array(0x10000).fill(Number.NaN);
      this.advances.set(font, table);
    }
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) {
          sum += this.astral(font, cp);
          i++;
          continue;
        }
      }
      let a = table[unit]!;
      if (Number.isNaN(a)) {
        const f = this.fontObject(font);
        a = f.font.glyphForCodePoint(unit).advanceWidth * f.scale;
        table[unit] = a;
      }
      sum += a;
    }
    return (sum * size) / 1000;
  }

  private readonly astralAdvances = new Map<string, number>();

  private astral(font: FontName, cp: number): number {
    const key = `${font} ${cp}`;
    let a = this.astralAdvances.get(key);
    if (a === undefined) {
      const f = this.fontObject(font);
      a = f.font.glyphForCodePoint(cp).advanceWidth * f.scale;
      this.astralAdvances.set(key, a);
    }
    return a;
  }

  /** Breaks styled runs into lines `width` wide (the first `indent` narrower), at spaces and zero-width spaces. */
  lines(runs: Run[], size: number, width: number, indent = 0): Line[] {
    // Table cells repeat (statuses, lead agencies): a text in one style is broken once per width.
    if (runs.length !== 1 || runs[0]!.text.length > 200) return this.breakLines(runs, size, width, indent);
    const run = runs[0]!;
    const key = `${fontOf(run)} ${size} ${width} ${indent} ${run.text}`;
    let lines = this.broken.get(key);
    if (lines === undefined) {
      if (this.broken.size >= 20_000) this.broken.clear();
      lines = this.breakLines(runs, size, width, indent);
      this.broken.set(key, lines);
    }
    return lines;
  }

  /** Lines already broken, by style, size, width, indent and text; never changed once made. */
  private readonly broken = new Map<string, Line[]>();

  private breakLines(runs: Run[], size: number, width: number, indent: number): Line[] {
    return breakLines(runs, size, width, indent, (text, font, at) => this.width(text, font, at));
  }

  /** Pieces of text repeat (names, statuses, headers): their codes are kept, a bounded number per font. */
  private readonly words = new Map<PdfFont, Map<string, string>>();

  private remember(font: PdfFont, text: string, hex: string): void {
    let words = this.words.get(font);
    if (words === undefined || words.size >= 20_000) {
      words = new Map();
      this.words.set(font, words);
    }
    words.set(text, hex);
  }

  /** The hexadecimal glyph code of a letter in a font, adding the glyph to the font's subset. */
  private code(font: PdfFont, cp: number): string {
    let codes = this.codes.get(font);
    if (codes === undefined) {
      codes = new Map();
      this.codes.set(font, codes);
    }
    let hex = codes.get(cp);
    if (hex === undefined) {
      const glyph = font.font.glyphForCodePoint(cp);
      const gid = font.subset.includeGlyph(glyph.id);
      font.widths[gid] ??= glyph.advanceWidth * font.scale;
      font.unicode[gid] ??= glyph.codePoints;
      hex = gid.toString(16).padStart(4, "0");
      codes.set(cp, hex);
    }
    return hex;
  }

  /**
   * Draws one line at (x, y) in a box `width` wide, writing the text operators itself: one BT … ET per
   * line rather than pdfkit's text() per piece, which allocates per glyph and dominated the time of long
   * tables. What it writes is what pdfkit writes (a font subset with widths and a ToUnicode map).
   */
  drawLine(line: Line, size: number, x: number, y: number, width: number, align: string): void {
    const slack = width - line.width;
    let left = x;
    if (align === "center") left += slack / 2;
    else if (align === "right") left += slack;
    const spread = align === "justify" && !line.last && line.spaces > 0 ? slack / line.spaces : 0;
    const doc = this.doc as unknown as Doc & { page: { fonts: Record<string, unknown> } };
    let ops = "BT";
    for (const piece of line.pieces) {
      const font = this.fontObject(piece.font);
      if (MARKS.test(piece.text)) {
        // Combining marks need the font's shaping (mark positioning): pdfkit draws those itself.
        doc.font(piece.font).fontSize(size).text(piece.text, left, y, { lineBreak: false });
        left += piece.width + spread * spacesIn(piece.text);
        continue;
      }
      doc.page.fonts[font.id] ??= font.ref();
      const baseline = y + (font.ascender / 1000) * size;
      const adjust = spread > 0 ? ` ${num((-spread * 1000) / size)} ` : "";
      let hex = adjust === "" ? this.words.get(font)?.get(piece.text) : undefined;
      if (hex === undefined) {
        hex = "";
        for (const ch of piece.text) {
          hex += this.code(font, ch.codePointAt(0)!);
          if (adjust !== "" && ch === " ") hex += `>${adjust}<`;
        }
        if (adjust === "") this.remember(font, piece.text, hex);
      }
      ops += ` /${font.id} ${num(size)} Tf 1 0 0 -1 ${num(left)} ${num(baseline)} Tm [<${hex}>] TJ`;
      left += piece.width + spread * spacesIn(piece.text);
    }
    if (ops.length > 2) writeContent(doc, `${ops} ET`);
  }
}

const num = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * Adds operators to the page as bytes: what pdfkit's addContent() writes for a string (the text and a
 * line end), converted by Node rather than by pdfkit's loop over every character.
 */
export function writeContent(doc: Doc, operators: string): void {
  doc.addContent(Buffer.from(`${operators}\n`, "latin1"));
}

function spacesIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * Gives one pdfkit font the letter-by-letter layout the Typesetter measures with. pdfkit's own joins the
 * glyphs of each word with Array.concat, which grows quadratically with the length of the text drawn.
 */
function fastLayout(font: PdfFont): void {
  const shaped = font.layout.bind(font);
  const glyphs = new Map<number, Glyph>();
  font.layout = (text: string, features?: unknown, onlyWidth?: boolean) => {
    if (features !== undefined || MARKS.test(text)) return shaped(text, features, onlyWidth);
    const run = {
      glyphs: onlyWidth ? null : ([] as Glyph[]),
      positions: onlyWidth ? null : ([] as unknown[]),
      advanceWidth: 0,
    };
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let glyph = glyphs.get(cp);
      if (glyph === undefined) {
        glyph = font.font.glyphForCodePoint(cp);
        glyphs.set(cp, glyph);
      }
      const advance = glyph.advanceWidth * font.scale;
      run.glyphs?.push(glyph);
      run.positions?.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
      run.advanceWidth += advance;
    }
    return run;
  };
}
