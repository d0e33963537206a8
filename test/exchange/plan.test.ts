import { describe, expect, it } from "vitest";
import { guardedEdit } from "../../src/commands/import/apply-plans.js";
import { EditError } from "../../src/edit/text-edit.js";
import type { Cell } from "../../src/exchange/cells.js";
import type { FingerprintedAgreement } from "../../src/exchange/export-view.js";
import { fingerprint, pointFingerprint, rowKey } from "../../src/exchange/keys.js";
import { type Column, columns } from "../../src/exchange/layout.js";
import { planImport } from "../../src/exchange/plan.js";
import type { RawWorkbook } from "../../src/exchange/read-workbook.js";
import { checkYaml } from "../helpers.js";

const yaml = `id: a-2024
title: Thỏa thuận thử
kind: mou
signed: 2024-01-10
parties:
  - id: a
    name: Tỉnh A
commitments:
  - id: "1"
    title: Quy hoạch
    status: in-progress
    history:
      - date: 2025-03-01
        note: Đã họp tổ công tác
  - id: "2"
    title: Học bổng
    indicators:
      - id: hoc-bong
        title: Số học bổng
        unit: suất
        baseline: {value: 0, date: 2024-01-10}
        target: {value: 30}
        actuals:
          - {date: 2025-03-31, value: 10}
`;

const agreement = checkYaml(yaml, "agreements/a-2024.yaml", "2025-07-24").agreement!;
const PRINT = fingerprint(new TextEncoder().encode(yaml));
const files: FingerprintedAgreement[] = [{ file: "agreements/a-2024.yaml", agreement, fingerprint: PRINT }];
const at = Object.fromEntries(columns.map((c, i) => [c, i + 1])) as Record<Column, number>;

type Fill = Partial<Record<Column, string | number | { iso: string }>>;

function cell(value: string | number | { iso: string } | undefined): Cell {
  if (value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "object") return { kind: "date", iso: value.iso };
  return { kind: "text", text: value };
}

/** A workbook of one sheet, "S", whose rows are the given fills (row 2 on). */
function workbook(rows: Fill[], exported = "2025-06-01"): RawWorkbook {
  return {
    exported,
    sheets: [
      {
        name: "S",
        at,
        rows: rows.map((fill, i) => ({
          row: i + 2,
          cells: Object.fromEntries(columns.map((c) => [c, cell(fill[c])])) as Record<Column, Cell>,
        })),
      },
    ],
  };
}

const printOf = (id: string) => pointFingerprint(agreement.commitments!.find((c) => c.id === id));
const point = (commitment: string, fill: Fill = {}): Fill => ({
  key: rowKey({ agreement: "a-2024", commitment }),
  fingerprint: PRINT,
  pointPrint: printOf(commitment),
  ...fill,
});
const indicator = (fill: Fill = {}): Fill => ({
  key: rowKey({ agreement: "a-2024", commitment: "2", indicator: "hoc-bong" }),
  fingerprint: PRINT,
  pointPrint: printOf("2"),
  ...fill,
});

const plan = (rows: Fill[], options: { force?: boolean; lang?: "vi" | "en"; exported?: string } = {}) =>
  planImport(workbook(rows, options.exported), files, new Set(["broken-2020"]), {
    lang: options.lang ?? "en",
    asOf: "2025-07-24",
    force: options.force ?? false,
  });

const codes = (p: ReturnType<typeof plan>) => p.problems.map((x) => `${x.at} ${x.code}`);

describe("planning an import", () => {
  it("turns filled rows into one change per commitment, and leaves empty rows alone", () => {
    const p = plan([
      point("1", {
        newStatus: "Hoàn thành",
        note: "Đã phê duyệt quy hoạch",
        date: "15/7/2025",
        reporter: "Sở Xây dựng",
      }),
      point("2"),
      indicator({ actual: 18, date: { iso: "2025-06-30" }, reporter: "Sở GD&ĐT" }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.files).toHaveLength(1);
    expect(p.files[0]!.rows).toBe(2);
    expect(p.files[0]!.changes.map((c) => [c.commitment, c.change])).toEqual([
      ["1", { status: "done", note: { date: "2025-07-15", text: "Đã phê duyệt quy hoạch", by: "Sở Xây dựng" } }],
      ["2", { actuals: [{ indicator: "hoc-bong", date: "2025-06-30", value: 18, source: "Sở GD&ĐT" }] }],
    ]);
  });

  it("reads a status in either language, as a code, and without diacritics", () => {
    for (const word of ["Đình trệ", "dinh tre", "STALLED", "stalled", "  Stalled ", "vướng mắc"]) {
      const p = plan([point("1", { newStatus: word })]);
      expect(p.files[0]?.changes[0]?.change).toEqual({ status: "stalled" });
    }
  });

  it("refuses an unknown status with the closest label of the language", () => {
    const p = plan([point("1", { newStatus: "Hoàn thàn" }), point("2", { newStatus: "hoan thanh xong" })], {
      lang: "vi",
    });
    expect(codes(p)).toEqual(["S!H2 import/unknown-status", "S!H3 import/unknown-status"]);
    expect(p.problems[0]!.message).toContain("có lẽ định viết “Hoàn thành”");
    expect(p.problems[1]!.message).toContain("“Hoàn thành”");
    expect(p.files).toEqual([]);
  });

  it("names the cell of each bad value: dates, numbers, errors, columns that do not apply", () => {
    const cases: [Fill, string[]][] = [
      [point("1", { note: "x", date: "31/02/2025" }), ["S!K2 import/bad-date"]],
      [point("1", { note: "y", date: "1/8/2025" }), ["S!K2 import/date-after-today"]],
      [point("1", { note: "x", date: "1/1/2020" }), ["S!K2 import/date-before-start"]],
      [indicator({ actual: "1,5" }), ["S!J2 import/not-a-number"]],
      [indicator({ actual: "12 suất" }), ["S!J2 import/not-a-number"]],
      [indicator({ actual: 2e15 }), ["S!J2 import/out-of-range"]],
      [point("2", { actual: 3 }), ["S!J2 import/not-applicable"]],
      [indicator({ newStatus: "Hoàn thành", actual: 4 }), ["S!H2 import/not-applicable"]],
      [indicator({ note: "chỉ có ghi chú" }), ["S!J2 import/needs-value"]],
      [point("1", { note: "a\u001bb" }), ["S!I2 import/control-character"]],
      [point("1", { note: "x".repeat(4001) }), ["S!I2 import/too-long"]],
    ];
    for (const [row, expected] of cases) expect(codes(plan([row]))).toEqual(expected);
    const book = workbook([point("1", { note: "x" })]);
    book.sheets[0]!.rows[0]!.cells.note = { kind: "error", text: "#N/A" };
    const p = planImport(book, files, new Set(), { lang: "en", asOf: "2025-07-24", force: false });
    expect(codes(p)).toEqual(["S!I2 import/cell-error"]);
  });

  it("refuses rows whose key names nothing now, saying why", () => {
    const p = plan([
      { note: "thêm tay", newStatus: "Hoàn thành" },
      { key: "a-2024/1", note: "x" },
      { key: rowKey({ agreement: "a-2042", commitment: "1" }), note: "x" },
      { key: rowKey({ agreement: "broken-2020", commitment: "1" }), note: "x" },
      { key: rowKey({ agreement: "a-2024", commitment: "9" }), note: "x" },
      { key: rowKey({ agreement: "a-2024", commitment: "2", indicator: "hoc" }), actual: 1 },
    ]);
    expect(codes(p)).toEqual([
      "S!H2 import/unknown-key",
      "S!I3 import/unknown-key",
      "S!I4 import/unknown-key",
      "S!I5 import/unknown-key",
      "S!I6 import/unknown-key",
      "S!J7 import/unknown-key",
    ]);
    expect(p.problems[2]!.message).toBe("no agreement “a-2042” in the agreements folder; did you mean “a-2024”?");
    expect(p.problems[3]!.message).toContain("is invalid now");
  });

  it("takes a point on two sheets once, and refuses two different answers for it", () => {
    expect(plan([point("1", { note: "x" }), point("1", { note: "x" })]).files[0]!.rows).toBe(1);
    expect(codes(plan([point("1", { note: "x" }), point("1", { note: "y" })]))).toEqual([
      "S!I3 import/conflicting-rows",
    ]);
  });

  it("leaves what the file already records: a status unchanged, a note or a value imported before", () => {
    const p = plan([
      point("1", { newStatus: "Đang triển khai", note: "Đã họp tổ công tác", date: "1/3/2025" }),
      indicator({ actual: 10, date: "31/3/2025" }),
    ]);
    expect(p).toMatchObject({ problems: [], files: [], unchanged: 2 });
    // Without a date in the row, what was recorded since the export counts.
    expect(plan([point("1", { note: "Đã họp tổ công tác" })], { exported: "2025-02-01" }).unchanged).toBe(1);
    expect(plan([point("1", { note: "Đã họp tổ công tác" })], { exported: "2025-04-01" }).unchanged).toBe(0);
  });

  it("refuses the rows of a file that changed since the export, unless forced", () => {
    const rows = [point("1", { note: "x", fingerprint: "0".repeat(64) }), indicator({ actual: 12 })];
    const p = plan(rows);
    expect(codes(p)).toEqual(["agreements/a-2024.yaml import/file-changed"]);
    expect(p.problems[0]!.message).toContain(
      "2 rows (S!I2, S!J3) were not applied: the points they answer did not change",
    );
    // When a point answered changed too, the message says which.
    const stale = plan([point("1", { note: "x", fingerprint: "0", pointPrint: "0" }), indicator({ actual: 12 })]);
    expect(stale.problems[0]!.message).toContain("point 1 changed too: export again");
    expect(plan(rows, { force: true }).files).toHaveLength(1);
    // A file whose rows are all recorded already is no conflict: importing twice changes nothing.
    expect(plan([point("1", { newStatus: "in-progress", fingerprint: "x" })]).problems).toEqual([]);
  });

  it("refuses a sheet whose column to fill in was renamed or deleted", () => {
    const book = workbook([point("1", { note: "x" })]);
    const { newStatus: _gone, ...rest } = at;
    book.sheets[0]!.at = rest;
    const p = planImport(book, files, new Set(), { lang: "en", asOf: "2025-07-24", force: false });
    expect(codes(p)).toEqual(["S!1:1 import/missing-column"]);
  });
});

describe("writing what was checked", () => {
  it("writes the checked result only over the very text that was checked", () => {
    const plan = { file: "f.yaml", agreement: "a", fingerprint: "", changes: [], rows: 1 };
    const edit = guardedEdit(plan, { before: "id: a\n", after: "id: a\nnotes: x\n" }, "en");
    expect(edit.dryRun).toBe(false);
    expect(edit.change("id: a\n")).toBe("id: a\nnotes: x\n");
    expect(() => edit.change("id: a\nnotes: changed by someone\n")).toThrow(EditError);
  });
});
