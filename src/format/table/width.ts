import stringWidth from "string-width";

// Latin, Vietnamese (Latin Extended Additional), common punctuation, the control pictures that stand for
// control characters, and U+FFFD are one column per UTF-16 unit, and combining marks none: most text needs
// no grapheme analysis at all.
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20ab\u2400-\u2426\ufffd]*$/;
const NARROW_WITH_MARKS =
  /^[\u0020-\u007e\u00a0-\u036f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20ab\u2400-\u2426\ufffd]*$/;
const MARKS = /[\u0300-\u036f]/g;

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
 * How many columns a terminal gives `text`: a Vietnamese letter with two marks is one, a CJK letter two.
 * Linear in the length of the text, however long.
 */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  if (NARROW_WITH_MARKS.test(text)) return text.length - (text.match(MARKS)?.length ?? 0);
  if (text.length <= CHUNK) return stringWidth(text);
  let width = 0;
  for (const chunk of chunks(text)) width += stringWidth(chunk);
  return width;
}

// Made on first use: creating a segmenter loads ICU's break rules, some 20 ms that most runs never need.
let segmenter: Intl.Segmenter | undefined;
const graphemes = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));

/** Splits a word too long for `width` into pieces of at most `width` columns, never inside a letter. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  if (NARROW.test(word)) {
    for (let i = 0; i < word.length; i += width) pieces.push(word.slice(i, i + width));
    return pieces;
  }
  let piece = "";
  let used = 0;
  const add = (segment: string, w: number) => {
    if (used + w > width && piece !== "") {
      pieces.push(piece);
      piece = "";
      used = 0;
    }
    piece += segment;
    used += w;
  };
  for (const chunk of chunks(word))
    for (const { segment } of graphemes().segment(chunk))
      add(segment, segment.length === 1 && segment.charCodeAt(0) < 0x300 ? 1 : displayWidth(segment));
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * `text` wrapped to `width` columns: greedy by words (spaces), a word longer than the width broken
 * between letters. Lines never exceed the width; runs of spaces collapse to one. One pass over the text:
 * a cell of a megabyte takes as long as reading it.
 */
export function wrapWords(text: string, width: number): string[] {
  // Decomposed letters (typed as a base letter and combining marks) are composed first: one letter, one piece.
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize("NFC");
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    const w = displayWidth(word);
    if (line !== "" && used + 1 + w <= limit) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (line !== "") lines.push(line);
    if (w <= limit) {
      line = word;
      used = w;
      continue;
    }
    const pieces = breakWord(word, limit);
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces.at(-1) ?? "";
    used = displayWidth(line);
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** The widest word of a text, in columns. */
export function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/\s+/)) longest = Math.max(longest, displayWidth(word));
  return longest;
}
