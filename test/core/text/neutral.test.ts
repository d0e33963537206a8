import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakLongRuns, documentText, LONGEST_RUN, oneLine } from "../../../src/core/text/neutral.js";

describe("text from data for document sinks", () => {
  it("folds every kind of line end to a space", () => {
    expect(oneLine("a\rb\nc\r\nd\u2028e\u2029f\u0085g\u000bh\u000ci")).toBe("a b c d e f g h i");
  });

  it("breaks long unbroken runs every LONGEST_RUN characters, invisibly, and leaves words alone", () => {
    expect(breakLongRuns("Hội nghị đánh giá")).toBe("Hội nghị đánh giá");
    const word = "x".repeat(50);
    expect(
      breakLongRuns(word)
        .split("\u200b")
        .map((p) => p.length),
    ).toEqual([20, 20, 10]);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = breakLongRuns(text.normalize("NFC"));
        expect(out.replace(/\u200b/g, "")).toBe(text.normalize("NFC").replace(/\u200b/g, ""));
        for (const run of out.split(/[\s\u200b]/)) expect(Array.from(run).length).toBeLessThanOrEqual(LONGEST_RUN + 1);
      }),
      { seed: 16, numRuns: 500 },
    );
  });

  it("keeps a letter with its combining mark", () => {
    const decomposed = "e\u0301".repeat(30);
    for (const piece of breakLongRuns(decomposed).split("\u200b")) expect(piece.startsWith("\u0301")).toBe(false);
  });

  it("does all three for PDF and Word", () => {
    expect(documentText(`a\r\u001bb${"y".repeat(25)}`)).toBe(`a \ufffdb${"y".repeat(18)}\u200b${"y".repeat(7)}`);
  });
});
