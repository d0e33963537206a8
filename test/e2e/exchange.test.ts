import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { agreementYaml, runMou, tempFolder } from "../helpers.js";

const ASOF = "2025-07-24";

// A maintainer's file: CRLF line ends, a byte order mark, comments and flow lists that must stay as they are.
const crlf = `\ufeff# Chương trình thử — giữ nguyên từng byte
id: b-2024
title: {vi: Chương trình hợp tác B}
kind: cooperation-programme
signed: 2024-01-10
parties:
  - {id: a, name: Tỉnh A}
  - {id: b, name: Tỉnh B}   # đối tác
commitments:
  - id: "1"
    title: Học bổng cho sinh viên
    lead: [{party: a, agency: Sở Giáo dục và Đào tạo}]
    status: in-progress # cập nhật 3/2025
    indicators:
      - id: hoc-bong
        title: Số học bổng
        unit: suất
        baseline: {value: 0, date: 2024-06-01}
        target: {value: 30, by: 2026-06-30}
  - id: "2"
    title: Du lịch
    lead: [{party: b, agency: Sở Du lịch}]
`.replace(/\n/g, "\r\n");

const plain = agreementYaml(
  "a-2024",
  `commitments:
  - id: "1"
    title: Quy hoạch
    lead: [{party: a, agency: Sở Tài chính}]
  - id: "2"
    title: Giao thông
    lead: [{party: b, agency: Sở Xây dựng}]
    status: stalled
`,
);

function setup() {
  const folder = tempFolder({ "agreements/a-2024.yaml": plain, "agreements/b-2024.yaml": crlf });
  const read = (name: string) => readFileSync(join(folder.dir, "agreements", name), "utf8");
  return { ...folder, read };
}

type Fill = Partial<Record<"H" | "I" | "J" | "K" | "L", string | number | { serial: number }>>;

/** Fills cells with SheetJS (not the library that wrote the workbook), finding rows by their hidden key. */
function fill(dir: string, from: string, to: string, rows: [key: string[], cells: Fill][]): void {
  const book = XLSX.read(readFileSync(join(dir, from)));
  for (const [key, cells] of rows) {
    const wanted = JSON.stringify(key);
    const found = book.SheetNames.flatMap((name) => {
      const sheet = book.Sheets[name]!;
      const range = XLSX.utils.decode_range(sheet["!ref"] ?? "A1");
      const hits: [XLSX.WorkSheet, number][] = [];
      for (let r = 1; r <= range.e.r; r++) if (sheet[`M${r + 1}`]?.v === wanted) hits.push([sheet, r + 1]);
      return hits;
    });
    expect(found.length, wanted).toBeGreaterThan(0);
    const [sheet, row] = found[0]!;
    for (const [column, value] of Object.entries(cells)) {
      sheet[`${column}${row}`] =
        typeof value === "number"
          ? { t: "n", v: value }
          : typeof value === "string"
            ? { t: "s", v: value }
            : { t: "n", v: value.serial, z: "dd/mm/yyyy" };
    }
  }
  writeFileSync(join(dir, to), XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
}

describe("mou export and mou import", () => {
  it("round-trips: only the lines the answers touch change, files stay valid, a second import changes nothing", () => {
    const { dir, cleanup, read } = setup();
    try {
      const exported = runMou(["export", "--as-of", ASOF, "-o", "updates.xlsx"], { cwd: dir });
      expect(exported).toMatchObject({ status: 0, stdout: "updates.xlsx\n" });
      expect(exported.stderr).toBe("updates.xlsx: 4 nội dung trong 2 trang tính, dùng cho mou import\n");
      expect(runMou(["export", "--as-of", ASOF, "-o", "updates.xlsx"], { cwd: dir }).status).toBe(2);
      fill(dir, "updates.xlsx", "filled.xlsx", [
        [["a-2024", "1"], { H: "Đang triển khai", I: "Đã lập tổ công tác", K: "15/7/2025", L: "Sở Tài chính" }],
        [["a-2024", "2"], { H: "dinh tre" }],
        [["b-2024", "1"], { H: "Hoàn thành", I: "Đã trao 30 suất" }],
        [["b-2024", "1", "hoc-bong"], { J: 30, K: { serial: 45838 }, L: "Sở GD&ĐT" }],
      ]);
      const before = { a: read("a-2024.yaml"), b: read("b-2024.yaml") };

      const dry = runMou(["import", "filled.xlsx", "--dry-run", "--as-of", ASOF], { cwd: dir });
      expect(dry.status).toBe(0);
      expect(dry.stderr).toBe(
        "1 dòng đã được cập nhật từ trước, giữ nguyên\nchạy thử: 2 tệp sẽ thay đổi (3 dòng); chưa ghi gì\n",
      );
      expect(dry.stdout).toContain("+++ agreements/a-2024.yaml");
      expect(dry.stdout).toContain("+    status: in-progress");
      expect({ a: read("a-2024.yaml"), b: read("b-2024.yaml") }).toEqual(before);

      const applied = runMou(["import", "filled.xlsx", "--as-of", ASOF], { cwd: dir });
      expect(applied.status).toBe(0);
      expect(applied.stdout).toBe(dry.stdout);
      expect(applied.stderr).toContain("đã ghi: agreements/a-2024.yaml, agreements/b-2024.yaml (3 dòng)");
      expect(read("a-2024.yaml")).toBe(
        before.a.replace(
          "agency: Sở Tài chính}]\n",
          "agency: Sở Tài chính}]\n    status: in-progress\n    history:\n      - date: 2025-07-15\n" +
            "        status: in-progress\n        note: Đã lập tổ công tác\n        by: Sở Tài chính\n",
        ),
      );
      expect(read("b-2024.yaml")).toBe(
        before.b
          .replace("status: in-progress # cập nhật 3/2025", "status: done # cập nhật 3/2025")
          .replace(
            "target: {value: 30, by: 2026-06-30}\r\n",
            "target: {value: 30, by: 2026-06-30}\r\n        actuals:\r\n          - date: 2025-06-30\r\n" +
              "            value: 30\r\n            source: Sở GD&ĐT\r\n" +
              `    history:\r\n      - date: ${ASOF}\r\n        status: done\r\n        note: Đã trao 30 suất\r\n`,
          ),
      );
      expect(runMou(["validate", "--as-of", ASOF], { cwd: dir }).status).toBe(0);

      const after = { a: read("a-2024.yaml"), b: read("b-2024.yaml") };
      const again = runMou(["import", "filled.xlsx", "--as-of", "2025-07-30"], { cwd: dir });
      expect(again).toMatchObject({ status: 0, stdout: "" });
      expect(again.stderr).toContain("4 dòng đã được cập nhật từ trước, giữ nguyên");
      expect({ a: read("a-2024.yaml"), b: read("b-2024.yaml") }).toEqual(after);
    } finally {
      cleanup();
    }
  });

  it("writes nothing at all when any row is refused, and names each cell", () => {
    const { dir, cleanup, read } = setup();
    try {
      runMou(["export", "--as-of", ASOF, "-o", "updates.xlsx", "--lang", "en"], { cwd: dir });
      fill(dir, "updates.xlsx", "bad.xlsx", [
        [["a-2024", "1"], { H: "In progress", I: "fine" }],
        [["b-2024", "1"], { H: "Finnished" }],
        [["b-2024", "1", "hoc-bong"], { J: "30 suất", K: "31/6/2025" }],
      ]);
      const before = { a: read("a-2024.yaml"), b: read("b-2024.yaml") };
      const run = runMou(["import", "bad.xlsx", "--as-of", ASOF, "--lang", "en"], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        [
          "'b-2024'!H2  error  “Finnished” is not a status; did you mean “Done”? " +
            "(the statuses: Not started, In progress, Done, Stalled, Dropped)  import/unknown-status",
          "'b-2024'!J3  error  “30 suất” is not a number; write digits only, e.g. 1500 or 12.5, without units or " +
            "thousands separators  import/not-a-number",
          "'b-2024'!K3  error  “31/6/2025” is not a real date; write day/month/year, e.g. 30/06/2025  import/bad-date",
          "mou: nothing written: 3 problems in bad.xlsx",
          "",
        ].join("\n"),
      );
      expect({ a: read("a-2024.yaml"), b: read("b-2024.yaml") }).toEqual(before);

      // Cells that are fine alone, but whose edit the validator refuses: the row is named, nothing written.
      fill(dir, "updates.xlsx", "invalid.xlsx", [
        [["a-2024", "1"], { I: "fine" }],
        [["b-2024", "1", "hoc-bong"], { J: 5, K: "1/3/2024" }],
      ]);
      const invalid = runMou(["import", "invalid.xlsx", "--as-of", ASOF, "--lang", "en"], { cwd: dir });
      expect(invalid.status).toBe(1);
      expect(invalid.stderr).toMatch(
        new RegExp(
          "^'b-2024'!J3  error  the update would make the file invalid: the value of 2024-03-01 is dated before " +
            "the baseline of 2024-06-01 \\(agreements/b-2024\\.yaml:\\d+:\\d+, rule/actual-before-baseline\\)  " +
            "import/invalid-result\nmou: nothing written: 1 problem in invalid\\.xlsx\n$",
        ),
      );
      expect({ a: read("a-2024.yaml"), b: read("b-2024.yaml") }).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it("refuses a file changed since the export unless --force, and files that are not its workbook", () => {
    const { dir, cleanup, read } = setup();
    try {
      runMou(["export", "--as-of", ASOF, "-o", "updates.xlsx", "--agreement", "a-2024"], { cwd: dir });
      fill(dir, "updates.xlsx", "filled.xlsx", [[["a-2024", "1"], { I: "Đã lập tổ công tác" }]]);
      writeFileSync(join(dir, "agreements/a-2024.yaml"), `${read("a-2024.yaml")}notes: sửa tay\n`);
      const refused = runMou(["import", "filled.xlsx", "--as-of", ASOF], { cwd: dir });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(
        /^agreements\/a-2024\.yaml {2}lỗi {2}đã thay đổi sau khi xuất bảng tính \(24\/7\/2025\);/,
      );
      expect(refused.stderr).toContain("('a-2024'!I2): các nội dung được báo cáo không thay đổi");
      expect(refused.stderr).toContain("import/file-changed");
      expect(runMou(["import", "filled.xlsx", "--force", "--as-of", ASOF], { cwd: dir }).status).toBe(0);
      expect(read("a-2024.yaml")).toContain(`history:\n      - date: ${ASOF}\n        note: Đã lập tổ công tác\n`);
      expect(read("a-2024.yaml")).toMatch(/notes: sửa tay\n$/);

      writeFileSync(join(dir, "list.csv"), "\ufeffThỏa thuận,Số\r\na-2024,1\r\n");
      const csv = runMou(["import", "list.csv", "--lang", "en"], { cwd: dir });
      expect(csv).toMatchObject({ status: 2, stdout: "" });
      expect(csv.stderr).toMatch(/^mou: list\.csv is text \(CSV\), not the workbook made by mou export/);
      const book = XLSX.read(readFileSync(join(dir, "filled.xlsx")));
      writeFileSync(join(dir, "old.xls"), XLSX.write(book, { type: "buffer", bookType: "biff8" }));
      expect(runMou(["import", "old.xls"], { cwd: dir })).toMatchObject({
        status: 2,
        stderr:
          "mou: old.xls là bảng tính Excel 97–2003 (.xls): " +
          "hãy lưu lại thành Excel Workbook (.xlsx) rồi cập nhật tệp đó\n",
      });
      expect(runMou(["import", "missing.xlsx"], { cwd: dir })).toMatchObject({ status: 2 });
    } finally {
      cleanup();
    }
  });

  it("exports what the commitments filters keep, one sheet per lead department with --by agency", () => {
    const { dir, cleanup } = setup();
    try {
      const run = runMou(["export", "--by", "agency", "--lead", "so tai chinh", "--as-of", ASOF, "-o", "x.xlsx"], {
        cwd: dir,
      });
      expect(run).toMatchObject({ status: 0, stderr: "x.xlsx: 1 nội dung trong 1 trang tính, dùng cho mou import\n" });
      const book = XLSX.read(readFileSync(join(dir, "x.xlsx")));
      expect(book.SheetNames).toEqual(["Hướng dẫn", "A – Sở Tài chính", "mou"]);
      expect(runMou(["export", "--party", "c", "--as-of", ASOF], { cwd: dir })).toMatchObject({
        status: 2,
        stderr: "mou: --party: không có bên tham gia nào mã “c” (các bên: a, b)\n",
      });
      expect(runMou(["export", "--search", "không có", "--as-of", ASOF], { cwd: dir }).status).toBe(2);
    } finally {
      cleanup();
    }
  });
});
