import type { Run } from "../model.js";
import { type FontName, fontOf } from "./fonts.js";

/** A piece of a line in one font: a word, or words and the spaces between them. */
export interface Piece {
  text: string;
  font: FontName;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
  /** Spaces inside the line, over which a justified line spreads its slack. */
  spaces: number;
  /** Ends a paragraph or at a forced break: never justified. */
  last: boolean;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const ZERO_WIDTH_SPACE = 0x200b;

/**
 * Breaks styled runs into lines `width` wide (the first `indent` narrower) at spaces, zero-width spaces
 * and line ends, `measure` giving a text's width in a font at `size`.
 */
export function breakLines(
  runs: Run[],
  size: number,
  width: number,
  indent: number,
  measure: (text: string, font: FontName, size: number) => number,
): Line[] {
  const out: Line[] = [];
  let line: Line = { pieces: [], width: 0, spaces: 0, last: false };
  let pendingSpace: Piece | undefined;
  const room = () => (out.length === 0 ? width - indent : width);
  const push = (piece: Piece) => {
    const prev = line.pieces.at(-1);
    if (prev && prev.font === piece.font) {
      prev.text += piece.text;
      prev.width += piece.width;
    } else line.pieces.push(piece);
    line.width += piece.width;
  };
  const breakLine = (last: boolean) => {
    line.last = last;
    out.push(line);
    line = { pieces: [], width: 0, spaces: 0, last: false };
    pendingSpace = undefined;
  };
  const place = (word: Piece[]) => {
    const w = word.reduce((s, p) => s + p.width, 0);
    const space = line.pieces.length > 0 && pendingSpace ? pendingSpace.width : 0;
    if (line.pieces.length > 0 && line.width + space + w > room()) breakLine(false);
    if (line.pieces.length > 0 && pendingSpace) {
      push(pendingSpace);
      line.spaces++;
    }
    pendingSpace = undefined;
    for (const piece of word) {
      if (line.width + piece.width <= room() || (line.pieces.length === 0 && piece.width <= room())) {
        push(piece);
        continue;
      }
      // A word wider than the line: cut it letter by letter (words are short: see breakLongRuns).
      for (const ch of piece.text) {
        const cw = measure(ch, piece.font, size);
        if (line.pieces.length > 0 && line.width + cw > room()) breakLine(false);
        push({ text: ch, font: piece.font, width: cw });
      }
    }
  };
  let word: Piece[] = [];
  const flush = () => {
    if (word.length > 0) place(word);
    word = [];
  };
  for (const run of runs) {
    const font = fontOf(run);
    const text = run.text;
    // The text between breaks is a word (or part of one, when the style changes inside it).
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : -1;
      if (c !== -1 && c !== NEWLINE && c !== SPACE && c !== ZERO_WIDTH_SPACE) continue;
      if (i > start) {
        const part = text.slice(start, i);
        word.push({ text: part, font, width: measure(part, font, size) });
      }
      if (c === NEWLINE) {
        flush();
        breakLine(true);
      } else if (c === ZERO_WIDTH_SPACE) flush();
      else if (c === SPACE) {
        while (text.charCodeAt(i + 1) === SPACE) i++;
        flush();
        if (line.pieces.length > 0) pendingSpace = { text: " ", font, width: measure(" ", font, size) };
      }
      start = i + 1;
    }
  }
  flush();
  if (line.pieces.length > 0 || out.length === 0) breakLine(true);
  else out.at(-1)!.last = true;
  return out;
}
