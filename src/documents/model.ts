import type { Scene } from "../core/charts/index.js";
import type { Lang } from "../i18n/lang.js";

/** A piece of text in one style. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * `keep`: keep this block (or item, or row) on the same page as what follows it — headings, lead-ins
 * ending in a colon, the closing section. Every renderer honours it: the PDF by moving to a new page, Word
 * and LibreOffice through "keep with next".
 */
export type Block =
  | { kind: "heading"; level: number; runs: Run[]; keep: boolean }
  | { kind: "paragraph"; runs: Run[]; keep: boolean; quote?: boolean }
  | { kind: "list"; ordered: boolean; start: number; items: ListItem[] }
  | { kind: "table"; header: Run[][]; rows: Run[][][]; align: Align[]; keep: boolean }
  | { kind: "rule" }
  | { kind: "chart"; figure: Figure };

/** A chart drawn by mou: its shapes, and what it shows in words (the alternative text readers get). */
export interface Figure {
  scene: Scene;
  alt: string;
  /** The chart as a PNG, for Word processors that cannot draw SVG (the Word renderer fills it in). */
  raster?: Uint8Array;
}

export type Align = "left" | "center" | "right";

export interface ListItem {
  runs: Run[];
  /** Nested lists and further paragraphs of the item. */
  children: Block[];
  keep: boolean;
}

/**
 * The parts of an administrative document that Decree 30/2020/NĐ-CP places outside its body: the title
 * block, the place-and-date line and, at the end, the signature block and "Nơi nhận". Plain text.
 */
export interface Frame {
  lang: Lang;
  /** The issuing body, one line each, in capitals and bold ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"). */
  issuer: string[];
  /** The body the issuer belongs to, above it, in capitals but not bold (e.g. for a department). */
  parent: string[];
  /** "Số:      /CTr-UBND": the number is left for the clerk to fill in on issuing. */
  number: string;
  national: string;
  motto: string;
  /** "Nghệ An, ngày 15 tháng 12 năm 2026". */
  dateLine: string;
  signature: { authority: string[]; signer?: string };
  recipients: { label: string; items: string[] };
}

/** Document metadata, for the PDF's XMP and the Word file's core properties. */
export interface DocumentMeta {
  title: string;
  subject: string;
  /** The issuing body, as one line. */
  author: string;
  lang: Lang;
  /** When the file is made (read from the clock by the shell, never by the layout). */
  created: Date;
}

/** A document laid out from its frame and the Markdown of its body (the template's output). */
export interface OfficialDocument {
  frame: Frame;
  /** Starts with "# TYPE" (the document type) and "## summary" (trích yếu), then the body. */
  body: string;
  meta: DocumentMeta;
  /**
   * The charts the body names: a fenced ```mermaid block whose first line is "%% mou:chart <name>" is laid
   * out as the figure of that name (Markdown keeps the Mermaid block, which GitHub draws).
   */
  figures?: Readonly<Record<string, Figure>>;
}

/** The body as blocks: the document type and summary line apart. */
export interface Body {
  type: Run[];
  summary: Run[];
  blocks: Block[];
}
