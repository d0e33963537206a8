import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/documents/entities.js";
import { escapeMarkdown } from "../../src/format/markdown.js";

const inline = (md: string) =>
  decodeEntities((marked.parseInline(md) as string).replace(/<[^>]+>/g, (tag) => `⟨${tag}⟩`));

describe("escapeMarkdown", () => {
  it.each([
    "**đậm** _nghiêng_ `mã` ~~gạch~~",
    "[liên kết](http://x.example) <script>alert(1)</script>",
    "a | b \\ c",
    "http://x.example www.y.vn z@w.vn",
    "&amp; &lt; &#65;",
    "{{title}} {{#each x}}",
  ])("renders %j as itself", (text) => {
    expect(inline(escapeMarkdown(text))).toBe(text);
  });

  it("renders any text as itself, with no markup", () => {
    const chars = fc.constantFrom(
      ..."ab đệ 1.-#+>*_`~[]()!<>&;|\\{}:/@w".split(""),
      "http://",
      "www.",
      "&amp;",
      "<b>",
      "  ",
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join("")),
        (text) => {
          expect(inline(escapeMarkdown(text))).toBe(text);
        },
      ),
      { seed: 5, numRuns: 2000 },
    );
  });

  it("escapes block markers at the start, so a value cannot become a heading, a list or a quote", () => {
    for (const text of ["# x", "- x", "+ x", "> x", "1. x", "2) x", "= x"]) {
      const html = marked.parse(escapeMarkdown(text)) as string;
      expect(html).toBe(`<p>${text.replace(">", "&gt;")}</p>\n`);
    }
  });
});

describe("line ends in values (a lone CR and every other separator)", () => {
  const separators = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c"];
  const forged = ["# KẾT LUẬN: HỦY BỎ THỎA THUẬN", "- mục giả", "1. mục giả", "| a | b |", "> trích dẫn", "***"];

  const named = separators.map((s) => [
    [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, "0")}`).join(" "),
    s,
  ]);
  it.each(named)("%s never starts a block of its own", (_, separator) => {
    for (const tail of forged) {
      const md = `Mở đầu: ${escapeMarkdown(`x${separator}${tail}`)}\n`;
      const tokens = marked.lexer(md);
      expect(tokens.map((t) => t.type)).toEqual(["paragraph"]);
      expect(md.split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/)).toEqual([md.trimEnd(), ""]);
      // Inside a table cell the row stays one row.
      const table = marked.lexer(`| a | b |\n| - | - |\n| ${escapeMarkdown(`x${separator}${tail}`)} | y |\n`);
      expect((table[0] as { rows: unknown[] }).rows).toHaveLength(1);
    }
  });

  it("shows control characters as U+FFFD instead of passing terminal escapes on", () => {
    expect(escapeMarkdown("a\u001b]0;pwned\u0007b\tc\u009bd")).toBe("a\ufffd\\]0;pwned\ufffdb c\ufffdd");
  });
});
