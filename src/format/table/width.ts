import stringWidth from "string-width";

// Latin, Vietnamese (Latin Extended Additional) and common punctuation are one column per UTF-16 unit,
// so most text needs no grapheme analysis at all.
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20ab]*$/;

/** How many columns a terminal gives `text`: a Vietnamese letter with two marks is one, a CJK letter two. */
export function displayWidth(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Splits a word too long for `width` into pieces of at most `width` columns, never inside a letter. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let used = 0;
  for (const { segment } of graphemes.segment(word)) {
    const w = displayWidth(segment);
    if (used + w > width && piece !== "") {
      pieces.push(piece);
      piece = "";
      used = 0;
    }
    piece += segment;
    used += w;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * `text` wrapped to `width` columns: greedy by words (spaces), a word longer than the width broken
 * between letters. Lines never exceed the width; runs of spaces collapse to one.
 */
export function wrapWords(text: string, width: number): string[] {
  // Decomposed letters (typed as a base letter and combining marks) are composed first: one letter, one piece.
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize("NFC");
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
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
    lines.push(...pieces.slice(0, -1));
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
