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
