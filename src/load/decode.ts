/** Bytes → text, or the reason the bytes are not an agreement file we can read. */
import { isUtf8 } from "node:buffer";
import { Lines } from "./yaml/lines.js";

/**
 * The largest agreement file mou reads: a real one is a few kilobytes, and a mebibyte holds some two
 * thousand commitments. The bound keeps every command on any file under it within seconds and a few
 * hundred megabytes (npm run bench measures the worst files it can find).
 */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  | {
      ok: false;
      code: "file/too-large" | "file/empty" | "file/binary" | "file/utf16" | "file/not-utf8" | "file/control-character";
      params: Record<string, string | number>;
      line: number;
      column: number;
    };

// The first byte order mark is skipped by hand; a second one must stay in the text to be found.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Which legacy Vietnamese encoding the bytes look like. TCVN3 (ABC) puts ă â ê ô ơ ư đ at 0xA8–0xAE and
 * the toned a's at 0xB5–0xB9; Windows-1258 writes tones as combining marks at 0xCC, 0xD2, 0xDE, 0xEC, 0xF2.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  let tcvn3 = 0;
  let cp1258 = 0;
  for (const b of bytes) {
    if ((b >= 0xa8 && b <= 0xae) || (b >= 0xb5 && b <= 0xb9)) tcvn3++;
    else if (b === 0xcc || b === 0xd2 || b === 0xde || b === 0xec || b === 0xf2) cp1258++;
  }
  if (tcvn3 === 0 && cp1258 === 0) return undefined;
  return tcvn3 > cp1258 ? "TCVN3 (ABC)" : "Windows-1258";
}

/**
 * UTF-16 saved without a byte order mark (some Windows tools do): YAML is mostly ASCII, so one byte of
 * each pair is zero — the second in little-endian, the first in big-endian — and the other almost never.
 */
export function utf16WithoutMark(bytes: Uint8Array): string | undefined {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs / 3 && evenZeros <= pairs / 50) return "UTF-16 LE";
  if (evenZeros >= pairs / 3 && oddZeros <= pairs / 50) return "UTF-16 BE";
  return undefined;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: lenientUtf8.decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/**
 * Characters YAML does not allow in a file (it allows them only as escapes in double-quoted text): C0
 * controls but tab and line breaks, DEL, C1 controls but NEL, and the two noncharacters U+FFFE, U+FFFF.
 * A carriage return must start a CRLF line break: alone (old Mac line ends) some YAML parsers, editors
 * among them, read it as a line break and others as part of a comment, so a file could say one thing to
 * its editor and another to mou.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_ALLOWED = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|\r(?!\n)/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CANDIDATES = /[\x01-\x08\x0B-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export function decode(bytes: Uint8Array): Decoded {
  const fail = (
    code: Extract<Decoded, { ok: false }>["code"],
    params: Record<string, string | number> = {},
    line = 1,
    column = 1,
  ): Decoded => ({
    ok: false,
    code,
    params,
    line,
    column,
  });
  if (bytes.length > MAX_FILE_BYTES) return fail("file/too-large", { size: bytes.length, limit: MAX_FILE_BYTES });
  // UTF-32 LE starts with the UTF-16 LE mark and two zero bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return fail("file/utf16", { encoding: "UTF-32 LE" });
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return fail("file/utf16", { encoding: "UTF-32 BE" });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fail("file/utf16", { encoding: "UTF-16 LE" });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fail("file/utf16", { encoding: "UTF-16 BE" });
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutMark(bytes);
    return utf16 ? fail("file/utf16", { encoding: utf16, bom: 0 }) : fail("file/binary");
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  // isUtf8 is a native check, much faster than a fatal TextDecoder that throws.
  if (isUtf8(body)) {
    const text = utf8.decode(body);
    // A second byte order mark would be read as text, and the parser would drop it, shifting positions.
    // One character class first (fast, and nearly always clean); a CR is only a problem without its LF.
    const bad = text.startsWith("\uFEFF") ? 0 : CANDIDATES.test(text) ? text.search(NOT_ALLOWED) : -1;
    if (bad < 0) return { ok: true, text };
    const { line, col } = new Lines(text).linePos(bad);
    return fail("file/control-character", { char: codePoint(text[bad]!) }, line, col);
  }
  const offset = Math.max(0, firstInvalidUtf8(body));
  const { line, column } = positionOfByte(body, offset);
  const guess = guessLegacyEncoding(body);
  const params: Record<string, string | number> = {
    byte: body[offset]!.toString(16).toUpperCase().padStart(2, "0"),
    offset: offset + start,
  };
  if (guess !== undefined) params.guess = guess;
  return fail("file/not-utf8", params, line, column);
}
