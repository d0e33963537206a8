import stringWidth from "string-width";

const segmenter = new Intl.Segmenter();
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR colour sequence starts with ESC
const SGR = /\u001b\[[0-9;]*m/y;

/** Whether a code unit continues the grapheme before it: a combining mark, a joiner, a selector, a low surrogate. */
const continues = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  c === 0x200d ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  (c >= 0xfe20 && c <= 0xfe2f) ||
  (c >= 0xdc00 && c <= 0xdfff);

/**
 * `text` in slices of about CHUNK code units, each ending between two graphemes. Intl.Segmenter (which
 * string-width uses) slows down with the square of the text's length; on slices it stays linear.
 */
const CHUNK = 512;
function* chunks(text: string): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    while (end < text.length && continues(text.charCodeAt(end))) end++;
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * Text made only of characters that take one column each — ASCII, Latin (Vietnamese included), dashes
 * and quotes, the control pictures that stand for control characters — and combining marks, which take
 * none. For it the width is a count, with no need for a grapheme segmenter,
 * whose every call costs tens of microseconds.
 */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u036f\u1e00-\u1eff\u2010-\u2027\u2400-\u2426\ufffd]*$/;
const MARKS = /[\u0300-\u036f]/g;

/** The columns `text` takes on a terminal, at linear cost whatever its length. */
export function textWidth(text: string): number {
  if (SIMPLE.test(text)) return text.length - (text.match(MARKS)?.length ?? 0);
  if (text.length <= CHUNK) return stringWidth(text);
  let width = 0;
  for (const chunk of chunks(text)) width += stringWidth(chunk);
  return width;
}

/** Columns of one grapheme; the common case (one Latin letter) without asking string-width. */
const graphemeWidth = (g: string): number => (g.length === 1 && g.charCodeAt(0) < 0x300 ? 1 : stringWidth(g));

/** `word` cut into pieces of at most `width` columns, never inside a letter with its marks or a colour code. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let used = 0;
  const add = (part: string, w: number) => {
    if (used + w > width && used > 0) {
      pieces.push(piece);
      piece = "";
      used = 0;
    }
    piece += part;
    used += w;
  };
  if (SIMPLE.test(word) && !/[\u0300-\u036f]/.test(word)) {
    for (let i = 0; i < word.length; i += width) pieces.push(word.slice(i, i + width));
    return pieces;
  }
  if (SIMPLE.test(word)) {
    // A letter and the marks that follow it are one grapheme.
    for (let i = 0; i < word.length; ) {
      let end = i + 1;
      while (end < word.length && continues(word.charCodeAt(end))) end++;
      add(word.slice(i, end), 1);
      i = end;
    }
    return [...pieces, piece].filter((p) => p !== "");
  }
  // Colour codes (rare inside one word) are kept whole, at no width; the text between them by graphemes.
  let at = 0;
  while (at < word.length) {
    const esc = word.indexOf("\u001b", at);
    const end = esc < 0 ? word.length : esc;
    for (const chunk of chunks(word.slice(at, end)))
      for (const { segment } of segmenter.segment(chunk)) add(segment, graphemeWidth(segment));
    at = end;
    if (esc >= 0) {
      SGR.lastIndex = esc;
      const code = SGR.exec(word)?.[0] ?? "\u001b";
      piece += code;
      at += code.length;
    }
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Text wrapped to `width` columns at spaces, a word longer than a line cut where it must, line feeds kept;
 * columns counted as the terminal shows them (a Vietnamese letter with two marks is one). Colour codes
 * count for nothing and are never cut. One pass over the text: a paragraph of a megabyte takes as long
 * as reading it (wrap-ansi, which this replaces for long text, takes minutes).
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  // Composed letters, as wrap-ansi gave them: a terminal shows "ệ" either way, but counts fewer cells.
  for (const paragraph of text.normalize("NFC").split("\n")) {
    let line = "";
    let used = 0;
    for (const word of paragraph.split(" ")) {
      if (word === "") continue;
      const w = textWidth(word);
      if (used > 0 && used + 1 + w <= width) {
        line += ` ${word}`;
        used += 1 + w;
        continue;
      }
      if (used > 0) lines.push(line);
      if (w <= width) {
        line = word;
        used = w;
        continue;
      }
      const pieces = breakWord(word, width);
      for (const piece of pieces.slice(0, -1)) lines.push(piece);
      line = pieces.at(-1) ?? "";
      used = textWidth(line);
    }
    lines.push(line);
  }
  return lines;
}
