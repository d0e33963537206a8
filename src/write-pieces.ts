/**
 * Long output (a listing of 50,000 rows) goes out a piece at a time: a pipe or a file on Linux is written
 * synchronously, so only one piece at a time is encoded as UTF-8 instead of all of it at once. A piece
 * never ends between the two halves of a character outside the BMP (an emoji, a rare CJK character).
 */
export function writeInPieces(stream: { write(text: string): unknown }, text: string, piece = 1 << 20): void {
  let start = 0;
  while (text.length - start > piece) {
    let end = start + piece;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    stream.write(text.slice(start, end));
    start = end;
  }
  stream.write(start === 0 ? text : text.slice(start));
}
