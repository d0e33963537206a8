const encoder = new TextEncoder();
let buffer = Buffer.allocUnsafe(256 * 1024);

/** A larger buffer for all pages, keeping the first `keep` bytes written. */
function grow(needed: number, keep: number): void {
  const larger = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  buffer.copy(larger, 0, 0, keep);
  buffer = larger;
}

/**
 * A page's UTF-8 bytes in one buffer kept for all pages: valid only until the next call, so they are
 * written and digested before the next page is encoded. `encodeInto` a buffer at hand is several times
 * faster than allocating one per page (`Buffer.from`), which also measures the string first.
 */
export function encodePage(text: string): Buffer {
  // UTF-8 takes at most three bytes per UTF-16 unit; only a page that might not fit is measured.
  if (text.length * 3 > buffer.length) {
    const needed = Buffer.byteLength(text);
    if (needed > buffer.length) grow(needed, 0);
  }
  const { written } = encoder.encodeInto(text, buffer);
  return buffer.subarray(0, written);
}

/**
 * A long page encoded piece by piece as it is made, into the same buffer as `encodePage` (so its bytes are
 * valid only until the next page is encoded, and one page is encoded at a time). Ten thousand rows joined
 * into one string of seven million characters live through several collections of the young generation,
 * copied each time, and are copied once more to be encoded; encoded as they come, each row dies young.
 */
export class PageEncoder {
  private at = 0;

  write(text: string): void {
    const room = text.length * 3;
    if (this.at + room > buffer.length) grow(this.at + room, this.at);
    this.at += buffer.write(text, this.at, "utf8");
  }

  bytes(): Buffer {
    return buffer.subarray(0, this.at);
  }
}

/**
 * Where a long list goes in a page's text (the `n`th of the page): control characters never come out of
 * `escapeHtml`, so no value from a file can imitate the mark.
 */
export const listMark = (n: number): string => `\u0000list${n}\u0000`;

/**
 * A page's bytes from its text with `listMark(n)` standing for the `n`th of `lists`, each item of which is
 * encoded as soon as it is made (see `PageEncoder`): a list of ten thousand rows is never one string.
 */
export function encodeWithLists(page: string, lists: readonly Iterable<string>[]): Buffer {
  const out = new PageEncoder();
  let from = 0;
  for (const [n, list] of lists.entries()) {
    const mark = listMark(n);
    const at = page.indexOf(mark, from);
    if (at < 0) throw new Error(`the page has no mark for list ${n}`);
    out.write(page.slice(from, at));
    for (const item of list) out.write(item);
    from = at + mark.length;
  }
  out.write(page.slice(from));
  return out.bytes();
}

/** Each item of a list turned into text only when it is written. */
export function* mapped<T>(list: readonly T[], text: (item: T) => string): Generator<string> {
  for (const item of list) yield text(item);
}
