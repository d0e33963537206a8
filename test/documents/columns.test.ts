import { describe, expect, it } from "vitest";
import { columnWidths } from "../../src/documents/columns.js";

describe("PDF table columns", () => {
  it("keep natural widths when they fit", () => {
    expect(
      columnWidths(
        [
          { longestWord: 10, natural: 40 },
          { longestWord: 20, natural: 60 },
        ],
        200,
        6,
      ),
    ).toEqual([46, 66]);
  });

  it("share the page so short columns stay readable next to a long one, and fill it exactly", () => {
    const widths = columnWidths(
      [
        { longestWord: 10, natural: 10 },
        { longestWord: 40, natural: 2000 },
        { longestWord: 30, natural: 120 },
        { longestWord: 35, natural: 80 },
      ],
      468,
      6,
    );
    expect(widths[0]).toBe(16);
    expect(widths[2]!).toBeGreaterThan(60);
    expect(widths[3]!).toBeGreaterThan(50);
    expect(widths[1]!).toBeGreaterThan(widths[2]! + widths[3]!);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(468);
  });
});
