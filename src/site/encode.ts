const encoder = new TextEncoder();
let buffer = Buffer.allocUnsafe(256 * 1024);

/**
 * A page's UTF-8 bytes in one buffer kept for all pages: valid only until the next call, so they are
 * written and digested before the next page is encoded. `encodeInto` a buffer at hand is several times
 * faster than allocating one per page (`Buffer.from`), which also measures the string first.
 */
export function encodePage(text: string): Buffer {
  // UTF-8 takes at most three bytes per UTF-16 unit; only a page that might not fit is measured.
  if (text.length * 3 > buffer.length) {
    const needed = Buffer.byteLength(text);
    if (needed > buffer.length) buffer = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  }
  const { written } = encoder.encodeInto(text, buffer);
  return buffer.subarray(0, written);
}
