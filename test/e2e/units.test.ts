import { describe, expect, it } from "vitest";
import { runMou } from "../helpers.js";

describe("parties after the 2025 reorganisation", () => {
  it("show names the successor of Bà Rịa – Vũng Tàu, and the unit as it was before the merger", () => {
    expect(runMou(["--as-of", "2026-01-01", "show", "ba-ria-vung-tau-pbeg-2018"]).stdout).toContain(
      "  • Tỉnh Bà Rịa - Vũng Tàu (tỉnh) → TP. Hồ Chí Minh (từ 01/7/2025)\n",
    );
    expect(runMou(["--as-of", "2025-06-30", "show", "ba-ria-vung-tau-pbeg-2018"]).stdout).toContain(
      "  • Tỉnh Bà Rịa - Vũng Tàu (tỉnh)\n",
    );
  });

  it("the filter by Thành phố Hồ Chí Minh finds Bà Rịa – Vũng Tàu's commitments and agreement", () => {
    const ids = (unit: string, asOf: string) =>
      JSON.parse(runMou(["commitments", "--unit", unit, "--format", "json", "--as-of", asOf]).stdout).commitments.map(
        (c: { id: string }) => c.id,
      );
    expect(ids("79", "2026-01-01")).toEqual(["2", "2a"]);
    expect(ids("ho-chi-minh", "2026-01-01")).toEqual(["2", "2a"]);
    expect(ids("79", "2025-06-30")).toEqual([]);
    expect(ids("77", "2025-06-30")).toEqual(["2", "2a"]);
    expect(
      JSON.parse(
        runMou(["list", "--unit", "Thành phố Hồ Chí Minh", "--format", "json", "--as-of", "2026-01-01"]).stdout,
      ).agreements.map((a: { id: string }) => a.id),
    ).toEqual(["ba-ria-vung-tau-pbeg-2018"]);
    expect(runMou(["commitments", "--unit", "atlantis"])).toMatchObject({
      status: 2,
      stderr: "mou: --unit: không có đơn vị hành chính cấp tỉnh “atlantis” (xem danh sách bằng lệnh mou units)\n",
    });
  });

  it("validate warns with the line of the party", () => {
    const lines = runMou(["validate", "--as-of", "2026-01-01", "--format", "json"]).stdout;
    expect(JSON.parse(lines).diagnostics).toEqual([
      {
        file: "agreements/ba-ria-vung-tau-pbeg-2018.yaml",
        line: 19,
        column: 11,
        severity: "warning",
        code: "rule/unit-succeeded",
        message: "Tỉnh Bà Rịa - Vũng Tàu (mã 77) đã thuộc Thành phố Hồ Chí Minh (mã 79) từ ngày 01/7/2025",
        path: "/parties/0/unit",
      },
      {
        file: "agreements/quang-tri-avse-global-2021.yaml",
        line: 14,
        column: 11,
        severity: "warning",
        code: "rule/unit-succeeded",
        message:
          "Tỉnh Quảng Trị (mã 45) đã sáp nhập với Tỉnh Quảng Bình thành Tỉnh Quảng Trị (mã 44) từ ngày 01/7/2025",
        path: "/parties/0/unit",
      },
    ]);
  });

  it("mou units lists the registry with successions", () => {
    const { asOf, units } = JSON.parse(runMou(["units", "--format", "json", "--as-of", "2026-01-01"]).stdout);
    expect(asOf).toBe("2026-01-01");
    expect(units).toHaveLength(63);
    expect(units.find((u: { code: string }) => u.code === "77")).toEqual({
      code: "77",
      name: "Tỉnh Bà Rịa - Vũng Tàu",
      kind: "province",
      current: false,
      successor: "79",
      since: "2025-07-01",
    });
    expect(units.find((u: { code: string }) => u.code === "46")).toEqual({
      code: "46",
      name: "Thành phố Huế",
      kind: "city",
      current: true,
      successor: null,
      since: "2025-01-01",
    });
    expect(runMou(["units", "--as-of", "2026-01-01", "--lang", "en"]).stdout.trimEnd().split("\n").at(-1)).toBe(
      "34 units in use, 29 codes closed (as of 2026-01-01)",
    );
  });
});
