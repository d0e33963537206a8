/**
 * Widths for the columns of a table `width` wide. Each column gets at least its longest word (capped at
 * an even share); when the natural widths do not fit, the spare room goes by the square root of what each
 * column would still like, so one long column cannot squeeze the short ones (status, dates) into a letter
 * per line, and whatever a column gives back goes to the widest.
 */
export function columnWidths(
  columns: { longestWord: number; natural: number }[],
  width: number,
  padding: number,
): number[] {
  const n = columns.length;
  const min = columns.map((c) => Math.min(c.longestWord + padding, width / n));
  const want = columns.map((c, i) => Math.max(min[i]!, c.natural + padding));
  if (want.reduce((a, b) => a + b, 0) <= width) return want;
  const spare = width - min.reduce((a, b) => a + b, 0);
  const extra = want.map((w, i) => Math.sqrt(w - min[i]!));
  const extraSum = extra.reduce((a, b) => a + b, 0);
  const widths = min.map((m, i) => Math.min(want[i]!, m + (extraSum === 0 ? 0 : (spare * extra[i]!) / extraSum)));
  const left = width - widths.reduce((a, b) => a + b, 0);
  if (left > 0) widths[widths.indexOf(Math.max(...widths))]! += left;
  return widths;
}
