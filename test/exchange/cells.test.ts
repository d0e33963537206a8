import { describe, expect, it } from "vitest";
import { cellDate, cellNumber, cellOf, cellText } from "../../src/exchange/cells.js";

describe("cells as the import reads them", () => {
  it("takes every form a library hands over", () => {
    expect(cellOf(null)).toEqual({ kind: "empty" });
    expect(cellOf("   ")).toEqual({ kind: "empty" });
    expect(cellOf("Hoàn thành")).toEqual({ kind: "text", text: "Hoàn thành" });
    expect(cellOf(12.5)).toEqual({ kind: "number", value: 12.5 });
    expect(cellOf(new Date("2025-06-30T00:00:00Z"))).toEqual({ kind: "date", iso: "2025-06-30" });
    expect(cellOf({ richText: [{ text: "Đang " }, { text: "triển khai" }] })).toEqual({
      kind: "text",
      text: "Đang triển khai",
    });
    expect(cellOf({ text: "Sở Tài chính", hyperlink: "mailto:x@example.org" })).toEqual({
      kind: "text",
      text: "Sở Tài chính",
    });
    expect(cellOf({ formula: "1+1", result: 2 })).toEqual({ kind: "number", value: 2 });
    expect(cellOf({ formula: "A1" })).toEqual({ kind: "error", text: "=…" });
    expect(cellOf({ error: "#N/A" })).toEqual({ kind: "error", text: "#N/A" });
    expect(cellOf(new Date(Number.NaN)).kind).toBe("error");
  });

  it("reads dates as offices write them, and real spreadsheet dates, never by the machine's zone", () => {
    expect(cellDate({ kind: "date", iso: "2025-06-30" })).toBe("2025-06-30");
    expect(cellDate({ kind: "text", text: "30/6/2025" })).toBe("2025-06-30");
    expect(cellDate({ kind: "text", text: "30-06-2025" })).toBe("2025-06-30");
    expect(cellDate({ kind: "text", text: "2025-06-30" })).toBe("2025-06-30");
    // Excel's serial number of 30 June 2025, as a program that dropped the cell's date format leaves it.
    expect(cellDate({ kind: "number", value: 45838 })).toBe("2025-06-30");
    expect(cellDate({ kind: "text", text: "31/02/2025" })).toBeUndefined();
    expect(cellDate({ kind: "text", text: "tháng 6" })).toBeUndefined();
    // A year typed alone is not the 17th of July 1905; a time of day is not a day.
    expect(cellDate({ kind: "number", value: 2025 })).toBeUndefined();
    expect(cellDate({ kind: "number", value: 45838.5 })).toBeUndefined();
  });

  it("reads numbers strictly: no decimal comma, no thousands separators, no units", () => {
    expect(cellNumber({ kind: "number", value: 1.4 })).toBe(1.4);
    expect(cellNumber({ kind: "text", text: " 12 " })).toBe(12);
    expect(cellNumber({ kind: "text", text: "12.5" })).toBe(12.5);
    expect(cellNumber({ kind: "number", value: -0 })).toBe(0);
    for (const text of ["1,5", "1.000.000", "12 tỷ", "0x1F", "", "Infinity"])
      expect(cellNumber({ kind: "text", text })).toBeUndefined();
  });

  it("gives free text with its lines, whatever the program wrote as line ends", () => {
    expect(cellText({ kind: "text", text: "Dòng 1\r\nDòng 2\r" })).toBe("Dòng 1\nDòng 2");
    expect(cellText({ kind: "number", value: 2025 })).toBe("2025");
    expect(cellText({ kind: "empty" })).toBeUndefined();
  });
});
