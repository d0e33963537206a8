import { describe, expect, it } from "vitest";
import type { AgreementFile } from "../../src/core/model/agreement.js";
import { registry } from "../../src/data-units.js";
import { sitePages } from "../../src/site/build.js";
import { encodePage, encodeWithLists, listMark, mapped } from "../../src/site/encode.js";
import { checkYaml } from "../helpers.js";

const text = (bytes: Buffer) => bytes.toString("utf8");

describe("a page encoded with its long lists written as they are made", () => {
  it("puts each list where its mark stands, in order, and keeps the text around them", () => {
    const page = `<p>đầu</p>${listMark(0)}<hr>${listMark(1)}<p>cuối</p>`;
    const bytes = encodeWithLists(page, [mapped(["a", "ă"], (x) => `<li>${x}</li>`), ["<tr>1</tr>", "<tr>2</tr>"]]);
    expect(text(bytes)).toBe("<p>đầu</p><li>a</li><li>ă</li><hr><tr>1</tr><tr>2</tr><p>cuối</p>");
  });

  it("gives the bytes encodePage gives for the same text, past the size of the buffer it starts with", () => {
    const row = "<tr><td>Hợp tác phát triển đô thị thông minh – Sở Xây dựng</td></tr>\n";
    const rows = Array.from({ length: 20_000 }, (_, i) => `${row}${i}`);
    const joined = `<table>${rows.join("")}</table>`;
    const expected = Buffer.from(joined, "utf8");
    expect(expected.length).toBeGreaterThan(1024 * 1024);
    const bytes = encodeWithLists(`<table>${listMark(0)}</table>`, [rows]);
    expect(bytes.equals(expected)).toBe(true);
    // The buffer is shared: a page encoded after it is whole too.
    expect(text(encodePage("<p>sau</p>"))).toBe("<p>sau</p>");
  });

  it("refuses a page without the mark of a list rather than dropping the list", () => {
    expect(() => encodeWithLists("<p>no mark</p>", [["<li>x</li>"]])).toThrow(/no mark for list 0/);
  });

  it("cannot be fooled by a value that spells a mark: control characters never reach the page", () => {
    const yaml = [
      "id: mark-2024",
      "kind: mou",
      `title: "a\\0list0\\0b"`,
      "signed: 2024-01-10",
      "parties:",
      "  - { id: nghe-an, name: Tỉnh Nghệ An, type: province }",
      "  - { id: quang-ngai, name: Tỉnh Quảng Ngãi, type: province }",
      "commitments:",
      `  - { id: 1, title: "x\\0list0\\0y", lead: [{ party: nghe-an }] }`,
      "",
    ].join("\n");
    const result = checkYaml(Buffer.from(yaml), "mark-2024.yaml", "2025-01-01");
    expect(result.agreement, JSON.stringify(result.diagnostics)).toBeDefined();
    const files: AgreementFile[] = [{ file: "mark-2024.yaml", agreement: result.agreement! }];
    const langs = { main: "vi" as const, langs: ["vi", "en"] as const };
    const pages = new Map(
      sitePages(files, { asOf: "2025-01-01", langs, units: registry, version: "9.9.9", title: "t\u0000list1\u0000" }),
    );
    for (const [path, page] of pages) {
      expect(page, path).not.toContain("\u0000");
      expect(page, path).toContain("</html>");
    }
    expect(pages.get("commitments.html")).toContain("x␀list0␀y");
    expect(pages.get("index.html")).toContain("a␀list0␀b");
    expect(pages.get("index.html")).toContain("t␀list1␀");
  });
});
