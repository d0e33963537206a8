import { Chalk } from "chalk";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { type Listing, renderTable } from "../../src/format/listing.js";

const chalk = new Chalk({ level: 0 });
const listing: Listing = {
  columns: [
    { header: "Thỏa thuận" },
    { header: "Số", align: "right" },
    { header: "Nội dung", wrap: true },
    { header: "Tiến độ" },
  ],
  rows: [
    [
      { text: "nghe-an-quang-ngai-2023" },
      { text: "1" },
      { text: "Phối hợp, chia sẻ kinh nghiệm trong xây dựng và triển khai Quy hoạch tỉnh giai đoạn 2021 - 2030" },
      { text: "đang triển khai" },
    ],
    [
      { text: "x" },
      { text: "10" },
      { text: "Hỗ trợ, hợp tác về xây dựng phát triển đô thị thông minh".normalize("NFD") },
      { text: "hoàn thành" },
    ],
  ],
  empty: "Không có.",
};

describe("terminal tables", () => {
  it("keeps natural widths when the table fits", () => {
    const lines = renderTable(listing, chalk, 500).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "Thỏa thuận               Số  Nội dung                                                " +
        "                                         Tiến độ",
    );
    expect(lines[2]).toBe(
      `x                        10  ` +
        `${"Hỗ trợ, hợp tác về xây dựng phát triển đô thị thông minh".normalize("NFD")}       ` +
        `                                  hoàn thành`,
    );
  });

  it("wraps long text to the width, by words, with the other columns aligned", () => {
    const out = renderTable(listing, chalk, 80);
    expect(out).toBe(
      [
        "Thỏa thuận               Số  Nội dung                            Tiến độ",
        "nghe-an-quang-ngai-2023   1  Phối hợp, chia sẻ kinh nghiệm       đang triển khai",
        "                             trong xây dựng và triển khai Quy",
        "                             hoạch tỉnh giai đoạn 2021 - 2030",
        // wrapped text comes back in NFC
        "x                        10  Hỗ trợ, hợp tác về xây dựng phát    hoàn thành",
        "                             triển đô thị thông minh",
        "",
      ].join("\n"),
    );
    for (const line of out.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it("counts a decomposed Vietnamese letter as one column", () => {
    expect(stringWidth("Nghệ".normalize("NFD"))).toBe(4);
  });

  it("says so when there are no rows", () => {
    expect(renderTable({ ...listing, rows: [] }, chalk, 80)).toBe("Không có.\n");
  });
});
