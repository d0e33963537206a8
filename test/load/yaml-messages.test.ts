import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../src/load/check.js";
import { root } from "../helpers.js";

const dir = join(root, "test", "fixtures", "diagnostics");
const messageOf = (file: string, lang: "vi" | "en" = "vi") =>
  checkFile(file, readFileSync(join(dir, file)), { asOf: "2025-01-01", lang }).diagnostics.map((d) => d.message);

// Each kind of YAML syntax error is explained in the reader's language, with what to do about it.
describe("YAML syntax errors in words", () => {
  it.each([
    ["yaml-syntax/tab.yaml", "hãy thụt lề bằng dấu cách, không dùng phím Tab"],
    ["yaml-syntax/tab-in-list.yaml", "hãy thụt lề bằng dấu cách, không dùng phím Tab"],
    ["yaml-syntax/colon-in-title.yaml", 'hãy thêm dấu ngoặc kép quanh giá trị: title: "…"'],
    ["yaml-syntax/colon-in-commitment.yaml", "giá trị của “title” có dấu hai chấm"],
    ["yaml-syntax/bad-indentation.yaml", "các trường cùng cấp phải bắt đầu ở cùng một cột"],
    ["yaml-syntax/list-indentation.yaml", "các mục của danh sách (dòng bắt đầu bằng “- ”)"],
    ["yaml-syntax/unclosed-quote.yaml", "dấu ngoặc kép mở ở đây chưa được đóng"],
    ["yaml-syntax/unclosed-bracket.yaml", "dấu ngoặc [ hoặc { chưa được đóng"],
    ["yaml-syntax/missing-comma.yaml", "thiếu dấu phẩy giữa các phần tử"],
  ])("%s", (file, words) => {
    const messages = messageOf(file);
    // One error only: a tab does not first show up as a repeated key, nor a colon as something else.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(words);
    expect(messages[0]).not.toMatch(/[a-z]+ [a-z]+ of a|must not be used|is expected/);
  });

  it("says what the parser said when mou does not know the kind", () => {
    const text = 'id: x\ntitle: "a\\qb"\n';
    const [message] = checkFile("x.yaml", new TextEncoder().encode(text), {
      asOf: "2025-01-01",
      lang: "vi",
    }).diagnostics.map((d) => d.message);
    expect(message).toContain("lỗi cú pháp YAML: ký tự sau dấu \\ trong dấu ngoặc kép không hợp lệ");
    const [other] = checkFile("x.yaml", new TextEncoder().encode("%FOO bar\n---\nid: x\n"), {
      asOf: "2025-01-01",
      lang: "vi",
    }).diagnostics.map((d) => d.message);
    expect(other).toMatch(/^YAML \(trình đọc YAML báo: “unknown document directive/);
  });

  it("names UTF-16 without a byte order mark, and the legacy Vietnamese encodings", () => {
    expect(messageOf("file-utf16/utf16-le-no-bom.yaml")[0]).toContain("UTF-16 LE không có dấu thứ tự byte (BOM)");
    expect(messageOf("file-utf16/utf16-be-no-bom.yaml", "en")[0]).toContain("UTF-16 BE without a byte order mark");
    expect(messageOf("file-not-utf8/tcvn3.yaml")[0]).toContain("bảng mã TCVN3 (ABC)");
    expect(messageOf("file-not-utf8/windows-1258.yaml")[0]).toContain("bảng mã Windows-1258");
  });
});
