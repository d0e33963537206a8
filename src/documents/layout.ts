/**
 * The layout of an administrative document after Decree 30/2020/NĐ-CP, Appendix I — the one place the PDF
 * and the Word renderers take their page, margins, type and spacing from. Lengths in millimetres, type
 * sizes in points.
 */
export const page = { width: 210, height: 297 } as const;

/** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the decree's narrowest allowed margins. */
export const margins = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Times New Roman, which every office's Word has; the PDF embeds Tinos, its metric twin, shipped by npm. */
export const font = { word: "Times New Roman", pdf: "Tinos" } as const;

export const size = {
  /** The issuing body and the national title (12–13 pt, capitals). */
  title: 12.5,
  /** The motto under the national title (13–14 pt). */
  motto: 13.5,
  /** The document type ("CHƯƠNG TRÌNH", 13–14 pt, bold). */
  type: 14,
  /** Body text, the summary line, the place-and-date line and headings (13–14 pt). */
  body: 13,
  /** Tables: the decree sets no size; 11 pt keeps five columns readable. */
  table: 11,
  /** "Nơi nhận:" (12 pt, bold italic) and its list (11 pt). */
  recipientsLabel: 12,
  recipients: 11,
  /** Page numbers, centred in the top margin from page 2 (13–14 pt). */
  pageNumber: 13,
  /** The smallest the place-and-date line may shrink to so that it stays on one line. */
  dateLineMin: 10,
} as const;

export const spacing = {
  /** First-line indent of body paragraphs (1–1.27 cm). */
  indent: 10,
  /** Space after a paragraph (at least 6 pt), and the leading between lines (line spacing ~1.15). */
  after: 6,
  lineGap: 2,
  /** Indent of a list item's marker, and of each nesting level. */
  listIndent: 10,
  listLevel: 7,
  /** Padding inside table cells (points). */
  cellPadding: 3,
} as const;

/** The title block's columns: issuing body on the left, national title and motto on the right. */
export const titleBlock = { left: 62, ruleShort: 24 } as const;

/** The closing: "Nơi nhận" on the left, the signature block on the right, as wide as the title block's columns. */
export const closing = { left: 80, signatureSpace: 24 } as const;

export const mm = (v: number): number => (v * 72) / 25.4;

/** The width the text may take (millimetres). */
export const textWidth = page.width - margins.left - margins.right;
