// Spreadsheet files carry no laid-out text: Excel and LibreOffice show a row at its stored height, so a
// wrapped cell in a row of default height hides its second line. The height is estimated here instead.
const LINE_POINTS = 15;
// A column width counts the digit "0" of the default font; average text runs a little narrower.
const CHARS_PER_WIDTH = 1.2;

/** How many lines `text` takes when wrapped by words in a column of `width` characters. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const length = [...word].length;
      if (used === 0) used = length;
      else if (used + 1 + length <= room) used += 1 + length;
      else {
        count++;
        used = length;
      }
      while (used > room) {
        count++;
        used -= room;
      }
    }
    lines += count;
  }
  return lines;
}

/** The height in points of a row whose cells hold these texts in columns of these widths. */
export function rowHeight(cells: readonly { text: string; width: number }[], minimum = 1): number {
  const lines = Math.max(minimum, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return Math.min(409, lines * LINE_POINTS + 3);
}
