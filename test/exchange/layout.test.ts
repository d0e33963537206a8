import { describe, expect, it } from "vitest";
import { parseRowKey, rowKey } from "../../src/exchange/keys.js";
import { cellName, columnLetter } from "../../src/exchange/layout.js";
import { rowHeight, wrappedLines } from "../../src/exchange/row-height.js";
import { sheetNames } from "../../src/exchange/sheet-names.js";
import { sniff, zipContents } from "../../src/exchange/sniff.js";
import { declaredZip } from "../zip.js";

describe("the workbook's layout", () => {
  it("names cells as Excel does, quoting sheet names that are not one word", () => {
    expect(columnLetter(1)).toBe("A");
    expect(columnLetter(26)).toBe("Z");
    expect(columnLetter(27)).toBe("AA");
    expect(cellName("Sheet1", 3, 12)).toBe("Sheet1!C12");
    expect(cellName("nghe-an-quang-ngai-2023", 8, 5)).toBe("'nghe-an-quang-ngai-2023'!H5");
    expect(cellName("Sở Tư pháp", 1, 2)).toBe("'Sở Tư pháp'!A2");
    expect(cellName("L'Oréal", 1, 2)).toBe("'L''Oréal'!A2");
  });

  it("gives sheet names Excel accepts: short, without \\ / ? * [ ] :, unique regardless of case", () => {
    const names = sheetNames(
      [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Thừa Thiên Huế",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Thừa Thiên Huế (cũ)",
        "Ban Quản lý KKT [Dung Quất]/Đông Nam",
        "hướng dẫn",
        "'quoted'",
        "",
      ],
      ["Hướng dẫn", "mou"],
    );
    for (const name of names) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[0]).toBe("Sở Văn hóa, Thể thao và Du lịc…");
    expect(names[1]).toBe("Sở Văn hóa, Thể thao và Du… (2)");
    expect(names[2]).toBe("Ban Quản lý KKT -Dung Quất--Đô…");
    expect(names[3]).toBe("hướng dẫn (2)");
    expect(names[4]).toBe("quoted");
  });

  it("keeps row keys exact, whatever characters the ids hold", () => {
    const key = { agreement: "a-2024", commitment: "2/b|c", indicator: "hoc-bong" };
    expect(parseRowKey(rowKey(key))).toEqual(key);
    expect(parseRowKey(rowKey({ agreement: "a", commitment: "1" }))).toEqual({ agreement: "a", commitment: "1" });
    for (const text of ["", "a/1", "[1]", '["a",1]', '{"a":1}', '["a","1","x","y"]', '["__proto__",""]'])
      expect(parseRowKey(text)).toBeUndefined();
  });

  it("gives a wrapped cell the height of its lines", () => {
    expect(wrappedLines("Hỗ trợ quảng bá", 48)).toBe(1);
    expect(wrappedLines("một hai ba bốn năm sáu bảy tám chín mười", 10)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines("dòng 1\ndòng 2\ndòng 3", 48)).toBe(3);
    expect(wrappedLines("x".repeat(200), 10)).toBeGreaterThanOrEqual(17);
    expect(rowHeight([{ text: "ngắn", width: 20 }], 2)).toBe(33);
    expect(rowHeight([{ text: "x ".repeat(10_000), width: 5 }])).toBe(409);
  });
});

describe("what kind of file came back", () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
  it("tells an .xlsx from an .xls, a password-protected workbook, an .ods, a CSV and anything else", () => {
    const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const zip = [0x50, 0x4b, 0x03, 0x04];
    expect(sniff(bytes(zip, "....xl/workbook.xml"))).toBe("xlsx");
    expect(sniff(bytes(zip, "....mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))).toBe("ods");
    expect(sniff(bytes(zip, "....word/document.xml"))).toBe("zip");
    expect(sniff(bytes(ole2, "....Workbook"))).toBe("xls");
    expect(sniff(bytes(ole2, [...Buffer.from("EncryptedPackage", "utf16le")]))).toBe("encrypted");
    expect(sniff(bytes("\ufeffThỏa thuận,Số\r\n"))).toBe("csv");
    expect(sniff(bytes([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe("other");
    expect(sniff(new Uint8Array())).toBe("other");
  });

  it("finds no zip directory in bytes that only start like a zip", () => {
    expect(zipContents(bytes([0x50, 0x4b, 0x03, 0x04], "x".repeat(100)))).toBeUndefined();
  });

  it("reads what a zip declares it unpacks to before anything is unpacked", () => {
    const bomb = declaredZip("xl/workbook.xml", 0xfffffff0);
    expect(sniff(bomb)).toBe("xlsx");
    expect(zipContents(bomb)).toEqual({ entries: 1, unpacked: 0xfffffff0 });
  });
});
