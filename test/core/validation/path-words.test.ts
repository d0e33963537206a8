import { describe, expect, it } from "vitest";
import { pathInWords } from "../../../src/core/validation/path-words.js";
import { checkFile } from "../../../src/load/check.js";

const data = {
  title: "T",
  parties: [{ id: "nghe-an", name: "Tỉnh Nghệ An" }, { name: "no id" }, { id: "x" }, { id: "x" }],
  commitments: [{ id: 1 }, { id: "2", status: "đang làm" }, { id: "hoc-bong", indicators: [{ id: "a", unit: "" }] }],
  review: { every: "P1Y" },
};

describe("places in words", () => {
  it("names an item by its own id, else by its place from 1, with the way to find it in the file", () => {
    expect(pathInWords(["commitments", 1, "status"], data, "vi")).toBe(
      "nội dung số 2 (commitments › 2) › trạng thái (status)",
    );
    expect(pathInWords(["commitments", 1, "status"], data, "en")).toBe("commitment 2 (commitments › 2) › status");
    expect(pathInWords(["parties", 0], data, "vi")).toBe("bên “nghe-an” (parties › nghe-an)");
    expect(pathInWords(["parties", 1, "id"], data, "vi")).toBe("bên thứ hai (parties › 2) › mã (id)");
    expect(pathInWords(["parties", 0, "name"], { parties: [{}] }, "vi")).toBe(
      "bên thứ nhất (parties › 1) › tên (name)",
    );
    // An id two items share names neither of them.
    expect(pathInWords(["parties", 3], data, "en")).toBe("party no. 4 (parties › 4)");
  });

  it("names fields in words, with the key first and last, and by the list they are in", () => {
    expect(pathInWords(["signed"], data, "vi")).toBe("ngày ký (signed)");
    expect(pathInWords(["title"], data, "vi")).toBe("tên thỏa thuận (title)");
    expect(pathInWords(["review", "every"], data, "vi")).toBe("lịch đánh giá (review) › chu kỳ (every)");
    expect(pathInWords(["commitments", 2, "indicators", 0, "unit"], data, "vi")).toBe(
      "nội dung “hoc-bong” (commitments › hoc-bong) › chỉ tiêu “a” (indicators › a) › đơn vị tính (unit)",
    );
    expect(pathInWords(["signed"], data, "en")).toBe("signed");
  });

  it("is what a diagnostic says, while its path stays a JSON pointer", () => {
    const text = [
      "id: x",
      "title: T",
      "kind: mou",
      "signed: 24/7/2023",
      "parties:",
      "  - id: a",
      "commitments:",
      '  - id: "2"',
      "    title: C",
      "    status: đang thực hiện",
      "    sectors: [nong nghiep]",
      "",
    ].join("\n");
    const result = checkFile("x.yaml", new TextEncoder().encode(text), { asOf: "2025-01-01", lang: "vi" });
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["/signed", "“24/7/2023” chưa viết theo dạng YYYY-MM-DD; hãy viết là 2023-07-24"],
      ["/parties/0/name", "thiếu trường bắt buộc: bên “a” (parties › a) › tên (name)"],
      ["/commitments/0/status", "“đang thực hiện” phải ghi bằng mã: status: in-progress"],
      ["/commitments/0/sectors/0", "lĩnh vực “nong nghiep” phải ghi bằng mã: agriculture"],
    ]);
  });
});
