import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonList } from "../../src/format/json-list.js";
import { wholeText } from "../../src/format/long-text.js";

// The JSON of a long list is written an item at a time; it must be the very text JSON.stringify makes.
describe("a JSON list written an item at a time", () => {
  const value = fc.jsonValue();
  // Names that are not array indices: an object lists those first, whatever the order they were set in.
  const name = fc.string().filter((n) => !/^(?:0|[1-9][0-9]*)$/.test(n) && n !== "__proto__");
  const items = fc.array(fc.oneof(fc.dictionary(name, value), value), { maxLength: 30 });

  it("is JSON.stringify's text with two spaces, whatever the items and the head", () => {
    fc.assert(
      fc.property(fc.dictionary(name, fc.option(value, { nil: undefined })), name, items, (head, key, list) => {
        fc.pre(!(key in head));
        const expected = `${JSON.stringify({ ...head, [key]: list }, null, 2)}\n`;
        expect(wholeText(jsonList(head, key, list))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("hands on pieces of whole items, and shows of each item what it is asked to", () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `${i}`, title: `Điểm\n${i}`, hidden: i }));
    const pieces: string[] = [];
    jsonList({ asOf: "2026-01-01" }, "rows", many, ({ id, title }) => ({ id, title }))((piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(3);
    const rows = many.map(({ id, title }) => ({ id, title }));
    expect(pieces.join("")).toBe(`${JSON.stringify({ asOf: "2026-01-01", rows }, null, 2)}\n`);
  });
});
