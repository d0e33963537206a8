import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeInPieces } from "../src/write-pieces.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("writing long output in pieces", () => {
  it("writes the whole text, in order, and never splits a character outside the BMP", () => {
    const text = fc.array(fc.constantFrom("a", "đ", "ệ", "🇻🇳", "😀", "𠀀", "\n"), { maxLength: 200 });
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 9 }), (parts, piece) => {
        const whole = parts.join("");
        const written: string[] = [];
        writeInPieces({ write: (t: string) => written.push(t) }, whole, piece);
        expect(written.join("")).toBe(whole);
        for (const w of written) {
          expect(w.length).toBeLessThanOrEqual(piece);
          expect(w).not.toMatch(LONE_SURROGATE);
        }
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
