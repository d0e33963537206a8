import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, firstInvalidUtf8, guessLegacyEncoding, MAX_FILE_BYTES } from "../../src/load/decode.js";

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  it("strips a UTF-8 byte order mark and keeps CRLF for the parser", () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, ...utf8("id: x\r\n")))).toEqual({ ok: true, text: "id: x\r\n" });
  });

  it("locates the first invalid byte by line and character column", () => {
    const result = decode(Uint8Array.from([...utf8("id: x\ntitle: Nghệ "), 0xc3, 0x28]));
    expect(result).toMatchObject({ ok: false, code: "file/not-utf8", line: 2, column: 13, params: { byte: "C3" } });
  });

  it("refuses UTF-16, binary and oversized files", () => {
    expect(decode(bytes(0xfe, 0xff, 0, 0x61))).toMatchObject({ code: "file/utf16", params: { encoding: "UTF-16 BE" } });
    expect(decode(bytes(0x61, 0, 0x62))).toMatchObject({ code: "file/binary" });
    expect(decode(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({
      code: "file/too-large",
      params: { limit: MAX_FILE_BYTES },
    });
  });

  it("calls UTF-32 by its name, not UTF-16", () => {
    expect(decode(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toMatchObject({ params: { encoding: "UTF-32 LE" } });
    expect(decode(bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x61))).toMatchObject({ params: { encoding: "UTF-32 BE" } });
  });

  it("refuses a second byte order mark, a lone carriage return and control characters, at their place", () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8("id: x")))).toMatchObject({
      code: "file/control-character",
      params: { char: "U+FEFF" },
    });
    expect(decode(utf8("id: x\rkind: mou\n"))).toMatchObject({ line: 1, column: 6, params: { char: "U+000D" } });
    expect(decode(utf8("id: x\r\ntitle: a\u001bb\n"))).toMatchObject({
      line: 2,
      column: 9,
      params: { char: "U+001B" },
    });
    expect(decode(utf8("title: \u009b\n"))).toMatchObject({ params: { char: "U+009B" } });
    expect(decode(utf8("title: tab\there, NEL\u0085 and U+2028\u2028 are text\r\n"))).toMatchObject({ ok: true });
  });

  it("names the legacy Vietnamese encoding the bytes look like", () => {
    // "Nghệ" in Windows-1258 (ê + combining dot below) and "Cộng hoà xã hội" in TCVN3.
    expect(guessLegacyEncoding(bytes(0x4e, 0x67, 0x68, 0xea, 0xf2))).toBe("Windows-1258");
    expect(
      guessLegacyEncoding(Uint8Array.from([...utf8("C"), 0xe9, ...utf8("ng ho"), 0xb5, ...utf8(" x"), 0xb7])),
    ).toBe("TCVN3 (ABC)");
    expect(guessLegacyEncoding(utf8("plain ascii"))).toBeUndefined();
  });

  it("finds invalid UTF-8 exactly where a strict decoder fails", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        let valid = true;
        try {
          strict.decode(data);
        } catch {
          valid = false;
        }
        const offset = firstInvalidUtf8(data);
        expect(offset === -1).toBe(valid);
        if (!valid) {
          expect(() => strict.decode(data.subarray(0, offset))).not.toThrow();
        }
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});
