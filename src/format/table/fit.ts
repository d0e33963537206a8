import { displayWidth, longestWord } from "./width.js";

export interface FitColumn {
  header: string;
  /** A shorter header for a narrow terminal ("Kỳ tới" for "Kỳ đánh giá tới"). */
  short?: string;
  /** Long text that may wrap onto several lines, by words. */
  wrap?: boolean;
  /** May be left out of a narrow terminal, lowest first; a column without it always stays. */
  drop?: number;
  /** The narrowest a wrapping column may get before other columns go (default 12). */
  min?: number;
}

export type Layout =
  | { kind: "table"; keep: number[]; widths: number[]; headers: string[] }
  /** Nothing fits side by side: one block per record, "header: value" lines. */
  | { kind: "stacked" };

export const SEPARATOR = 2;
/** A wrapped column narrower than this reads as a ribbon of broken words. */
const MIN_WRAP = 12;
/** Words longer than this (URLs, long ids) are broken between letters rather than widen their column. */
const WORD_CAP = 18;

/**
 * The largest measure of column `i` over the rows, and at least `from`. A loop: spreading the rows into
 * Math.max overflows the stack past some hundred thousand rows (every commitment of a large folder).
 */
function widest(from: number, rows: readonly string[][], i: number, measure: (text: string) => number): number {
  let most = from;
  for (const row of rows) {
    const m = measure(row[i] ?? "");
    if (m > most) most = m;
  }
  return most;
}

function attempt(
  columns: readonly FitColumn[],
  rows: readonly string[][],
  keep: number[],
  short: boolean,
  width: number,
) {
  const headers = keep.map((i) => (short ? (columns[i]!.short ?? columns[i]!.header) : columns[i]!.header));
  const natural = keep.map((i, k) => widest(displayWidth(headers[k]!), rows, i, displayWidth));
  const minimum = keep.map((i, k) => {
    if (!columns[i]!.wrap) return natural[k]!;
    const words = widest(longestWord(headers[k]!), rows, i, longestWord);
    return Math.min(natural[k]!, Math.max(columns[i]!.min ?? MIN_WRAP, Math.min(words, WORD_CAP)));
  });
  const separators = SEPARATOR * (keep.length - 1);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(natural) + separators <= width) return { kind: "table" as const, keep, widths: natural, headers };
  const spare = width - separators - sum(minimum);
  if (spare < 0) return undefined;
  const want = natural.map((n, k) => n - minimum[k]!);
  const wanted = sum(want);
  const widths = minimum.map((m, k) => m + Math.floor((spare * want[k]!) / wanted));
  return { kind: "table" as const, keep, widths, headers };
}

/**
 * How a table fits `width` columns, degrading in a fixed order: natural widths; long texts wrapped by
 * words; shorter headers; then the droppable columns left out, least useful first; and when even that
 * cannot fit, one block per record. Without a width (output piped to a file) rows stay whole.
 */
export function fitColumns(columns: readonly FitColumn[], rows: readonly string[][], width?: number): Layout {
  const all = columns.map((_, i) => i);
  if (width === undefined) {
    const widths = all.map((i) => widest(displayWidth(columns[i]!.header), rows, i, displayWidth));
    return { kind: "table", keep: all, widths, headers: columns.map((c) => c.header) };
  }
  const fitted = attempt(columns, rows, all, false, width) ?? attempt(columns, rows, all, true, width);
  if (fitted) return fitted;
  const dropOrder = all
    .filter((i) => columns[i]!.drop !== undefined)
    .sort((a, b) => columns[a]!.drop! - columns[b]!.drop!);
  let keep = all;
  for (const dropped of dropOrder) {
    keep = keep.filter((i) => i !== dropped);
    const layout = attempt(columns, rows, keep, true, width);
    if (layout) return layout;
  }
  return { kind: "stacked" };
}
