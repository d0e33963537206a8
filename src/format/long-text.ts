/**
 * Text made as it is written, handed to `write` a piece at a time: for output too long to hold whole, such
 * as a table of a hundred thousand rows.
 */
export type LongText = (write: (piece: string) => void) => void;

/** A `LongText` whole, for a caller that wants the string. */
export function wholeText(text: LongText): string {
  const pieces: string[] = [];
  text((piece) => pieces.push(piece));
  return pieces.join("");
}
