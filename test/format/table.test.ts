import { Chalk } from "chalk";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { type Listing, renderTable } from "../../src/format/listing.js";
import { writeTable } from "../../src/format/table/render.js";

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

describe("fitting a narrow terminal", () => {
  const wide: Listing = {
    columns: [
      { header: "Thỏa thuận" },
      { header: "Các bên", wrap: true, drop: 3 },
      { header: "Ngày ký", drop: 1 },
      { header: "Tình trạng", drop: 2 },
      { header: "Kỳ đánh giá tới", short: "Kỳ tới" },
    ],
    rows: [
      [
        { text: "nghe-an-quang-ngai-2023" },
        { text: "Nghệ An, Quảng Ngãi" },
        { text: "2023-07-24" },
        { text: "đang hiệu lực" },
        { text: "lần 1 · 2025-07-24" },
      ],
    ],
    empty: "",
  };
  const lines = (width: number) => renderTable(wide, chalk, width).trimEnd().split("\n");

  it("wraps, shortens headers, then leaves out the least useful columns, in the chosen order", () => {
    expect(lines(100)[0]).toBe(
      "Thỏa thuận               Các bên              Ngày ký     Tình trạng     Kỳ đánh giá tới",
    );
    expect(lines(85)[0]).toBe("Thỏa thuận               Các bên        Ngày ký     Tình trạng     Kỳ đánh giá tới");
    expect(lines(85)[2]).toBe("                         Quảng Ngãi");
    expect(lines(80)[0]).toBe("Thỏa thuận               Các bên              Tình trạng     Kỳ tới");
    expect(lines(70)[0]).toBe("Thỏa thuận               Các bên              Kỳ tới");
    expect(lines(56)[0]).toBe("Thỏa thuận               Kỳ tới");
  });

  it("stacks each record into a block when even the essential columns cannot stand side by side", () => {
    expect(lines(30)).toEqual([
      "nghe-an-quang-ngai-2023",
      "  Các bên: Nghệ An, Quảng Ngãi",
      "  Ngày ký: 2023-07-24",
      "  Tình trạng: đang hiệu lực",
      "  Kỳ tới: lần 1 · 2025-07-24",
    ]);
  });

  it("never writes a line wider than the terminal, at any width", () => {
    for (let width = 20; width <= 120; width++) {
      for (const line of lines(width)) expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it("breaks a word longer than its column between letters, never inside one", () => {
    const long = { ...listing, rows: [[{ text: "x" }, { text: "1" }, { text: "ậ".repeat(40) }, { text: "ok" }]] };
    const out = renderTable(long, chalk, 40);
    for (const line of out.trimEnd().split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(out.replace(/\s/g, "")).toContain("ậ".repeat(10));
    expect(out.match(/ậ/g)?.length).toBe(40);
  });
});

describe("a table of many rows", () => {
  it("lays out 300,000 rows, piped and on a terminal (no spread of the rows into Math.max)", () => {
    const many: Listing = {
      ...listing,
      rows: Array.from({ length: 300_000 }, (_, i) => [
        { text: `a-${i}` },
        { text: String(i % 10) },
        { text: "Hợp tác" },
        { text: "xong" },
      ]),
    };
    for (const width of [undefined, 60]) {
      const out = renderTable(many, chalk, width);
      expect(out.split("\n")[300_000]).toMatch(/^a-299999 +9 {2}Hợp tác +xong$/);
    }
  });
});

describe("a long table written as it is made", () => {
  // 20,000 rows in sections of seven, some wrapped: far more than one piece.
  const many: Listing = {
    ...listing,
    rows: Array.from({ length: 20000 }, (_, i) => listing.rows[i % 2]!.map((c, k) => (k === 1 ? { text: `${i}` } : c))),
    sections: Array.from({ length: 20000 }, (_, i) => `Thỏa thuận số ${Math.floor(i / 7)}`),
  };

  // Too narrow a terminal makes each record a block: the blocks come whole, in one piece.
  it("hands on pieces of whole lines that make exactly the table, whatever the width", () => {
    for (const width of [undefined, 200, 60]) {
      const pieces: string[] = [];
      writeTable(many, new Chalk({ level: 1 }), width, (piece) => pieces.push(piece));
      if (width !== 60) expect(pieces.length).toBeGreaterThan(10);
      else expect(pieces).toHaveLength(1);
      for (const piece of pieces) {
        expect(piece.endsWith("\n")).toBe(true);
        if (width !== 60) expect(piece.length).toBeLessThan(70_000);
      }
      expect(pieces.join("")).toBe(renderTable(many, new Chalk({ level: 1 }), width));
    }
  });

  it("says the listing is empty in one piece", () => {
    const pieces: string[] = [];
    writeTable({ ...listing, rows: [] }, chalk, undefined, (piece) => pieces.push(piece));
    expect(pieces).toEqual(["Không có.\n"]);
  });
});
