import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAYBE_NOT_NFC, normalize } from "../../src/load/yaml/normalize.js";

// Strings of the characters MAYBE_NOT_NFC lets through are taken as NFC without asking: each must be NFC
// alone and next to any other of them, so that no string of them is changed by NFC.
const ranges: [number, number][] = [
  [0, 0x300],
  [0x1e00, 0x1f00],
  [0x2010, 0x2028],
  [0x2030, 0x205f],
];
const skipped = (c: number) => MAYBE_NOT_NFC.test(String.fromCharCode(c));

describe("strings taken as NFC without normalizing them", () => {
  it("are the characters of Latin, Vietnamese and common punctuation, and nothing beyond", () => {
    for (const [from, to] of ranges) for (let c = from; c < to; c++) expect(skipped(c)).toBe(false);
    for (const c of [0x300, 0x301, 0x323, 0x1dff, 0x1f00, 0x2000, 0x2001, 0x2126, 0x212b, 0xf900, 0xac00, 0x1161])
      expect(skipped(c)).toBe(true);
  });

  it("are NFC in any order: no character changes, and none composes with its neighbour", () => {
    const char = fc.oneof(...ranges.map(([from, to]) => fc.integer({ min: from, max: to - 1 })));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(text.normalize("NFC")).toBe(text);
      }),
      { seed: 30, numRuns: 3000 },
    );
    for (const [from, to] of ranges)
      for (let c = from; c < to; c++) {
        const ch = String.fromCharCode(c);
        for (const other of ["a", "ư", "ệ", "–", "\u0000"])
          expect([`${other}${ch}`, `${ch}${other}`].map((s) => s.normalize("NFC"))).toEqual([
            `${other}${ch}`,
            `${ch}${other}`,
          ]);
      }
  });

  it("leaves decomposed text to NFC", () => {
    expect(normalize({ "Nghe\u0302\u0323 An": "đo\u0302 thi\u0323" })).toEqual({ "Nghệ An": "đô thị" });
  });
});
