import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { oneLine, terminalLine, terminalText } from "../../src/core/text/neutral.js";
import type { Diagnostic } from "../../src/core/validation/diagnostic.js";
import { renderMarkdown, renderTable } from "../../src/format/listing.js";
import { codeFrame } from "../../src/format/report/frame.js";
import { reportFormatters } from "../../src/format/report/index.js";
import { Lines } from "../../src/load/yaml/lines.js";

const chalk = new Chalk({ level: 0 });
// What a hostile value can spell with double-quoted escapes: a window title (OSC 0), a clipboard write
// (OSC 52), a clear screen, a CSI written as one C1 character, a carriage return that overwrites the line.
const hostile = "A\u001b]0;owned\u0007B\u001b]52;c;ZWNobyBwd25lZA==\u0007C\u001b[2JD\u009b31mE\rF\u202eG";
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;
const noControls = (text: string) => expect(text).not.toMatch(CONTROLS);

describe("text from data, neutralised for each sink", () => {
  it("terminal: every control character shows as its picture; line feeds stay only where lines may break", () => {
    expect(terminalLine(hostile)).toBe("A␛]0;owned␇B␛]52;c;ZWNobyBwd25lZA==␇C␛[2JD\ufffd31mE F\ufffdG");
    expect(terminalText("one\r\ntwo\rthree\u2028four\tfive")).toBe("one\ntwo␍three\nfour five");
    expect(terminalLine("one\r\ntwo\nthree\u0085four")).toBe("one two three four");
    noControls(terminalText(hostile));
  });

  it("Markdown: a lone carriage return or any other line separator cannot start a heading", () => {
    for (const br of ["\r", "\n", "\r\n", "\u000b", "\u000c", "\u0085", "\u2028", "\u2029"])
      expect(oneLine(`x${br}# KẾT LUẬN: HỦY BỎ THỎA THUẬN`)).toBe("x # KẾT LUẬN: HỦY BỎ THỎA THUẬN");
    const md = renderMarkdown({
      columns: [{ header: "Nội dung" }],
      rows: [[{ text: "x\r# KẾT LUẬN\r| a | b |\r- item" }]],
      empty: "",
    });
    expect(md.split("\n")).toEqual(["| Nội dung |", "| --- |", "| x # KẾT LUẬN \\| a \\| b \\| - item |", ""]);
  });

  it("tables, diagnostics and code frames reach the terminal clean", () => {
    const table = renderTable(
      { columns: [{ header: "Tên", wrap: true }], rows: [[{ text: hostile }]], empty: "" },
      chalk,
      40,
    );
    noControls(table);
    const d: Diagnostic = {
      file: "agreements/\u001b]0;x.yaml",
      line: 2,
      column: 8,
      severity: "error",
      code: "schema/enum",
      message: `“${hostile}” is not a valid kind`,
      path: "/kind",
    };
    const source = `id: x\nkind: "${hostile}"\n`;
    for (const format of ["text", "github"] as const) {
      const out = reportFormatters[format](
        { files: [d.file], diagnostics: [d], sources: new Map([[d.file, source]]) },
        { lang: "en", chalk, frames: true, version: "0.0.0" },
      );
      noControls(out.replace(/\n/g, ""));
    }
  });

  it("code frames show a window of a long line, with the caret under the column", () => {
    const line = `title: ${"a".repeat(5000)}X${"b".repeat(5000)}`;
    const frame = codeFrame(new Lines(`id: x\n${line}\nkind: mou\n`), 2, 5008);
    const [, target, caret] = frame.split("\n");
    expect(target!.length).toBeLessThan(120);
    expect(target!.indexOf("X")).toBe(caret!.indexOf("^"));
    expect(codeFrame(new Lines("id: x\ntitle: Tiê\u0301u đề\n"), 2, 15).split("\n")[2]).toBe(
      `    | ${" ".repeat(13)}^`,
    );
  });
});
