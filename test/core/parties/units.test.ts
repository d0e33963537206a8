import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  currentUnit,
  nameAt,
  resolveUnit,
  succession,
  successionSuffix,
  unitsAsOf,
} from "../../../src/core/parties/units.js";
import { registry } from "../../../src/data-units.js";

const require = createRequire(import.meta.url);

describe("the unit registry", () => {
  it("passes its own schema", () => {
    const validate = require("../../../src/generated/validate-units.cjs");
    expect(validate(registry), JSON.stringify(validate.errors)).toBe(true);
  });

  it("has 63 codes, unique, of which 34 are current since 2025-07-01 and 29 closed", () => {
    const codes = registry.units.map((u) => u.code);
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
    expect(unitsAsOf(registry, "2025-07-01").filter((u) => u.current)).toHaveLength(34);
    expect(unitsAsOf(registry, "2025-06-30").filter((u) => u.current)).toHaveLength(63);
    expect(registry.units.filter((u) => u.closed !== undefined)).toHaveLength(29);
  });

  it("resolves every former unit to a current one, 28 provinces and 6 cities", () => {
    const now = "2025-07-01";
    const current = new Set(registry.units.map((u) => currentUnit(registry, u, now).code));
    expect(current.size).toBe(34);
    for (const code of current) expect(unitsAsOf(registry, now).find((u) => u.code === code)?.current).toBe(true);
    const kinds = unitsAsOf(registry, now)
      .filter((u) => u.current)
      .map((u) => u.kind);
    expect(kinds.filter((k) => k === "city")).toHaveLength(6);
    expect(kinds.filter((k) => k === "province")).toHaveLength(28);
  });

  it("keeps each code's names over time", () => {
    const code = (c: string) => registry.units.find((u) => u.code === c)!;
    expect(nameAt(code("44"), "2025-06-30").name).toBe("Tỉnh Quảng Bình");
    expect(nameAt(code("44"), "2025-07-01").name).toBe("Tỉnh Quảng Trị");
    expect(nameAt(code("46"), "2024-12-31")).toEqual({ name: "Tỉnh Thừa Thiên Huế", kind: "province" });
    expect(nameAt(code("46"), "2025-01-01")).toEqual({ name: "Thành phố Huế", kind: "city", since: "2025-01-01" });
  });

  it("resolves codes and slugs, a slug two codes carried by the date", () => {
    expect(resolveUnit(registry, "77", "2020-01-01")?.code).toBe("77");
    expect(resolveUnit(registry, "ba-ria-vung-tau", "2020-01-01")?.code).toBe("77");
    expect(resolveUnit(registry, "quang-tri", "2021-03-12")?.code).toBe("45");
    expect(resolveUnit(registry, "quang-tri", "2026-01-01")?.code).toBe("44");
    expect(resolveUnit(registry, "Thành phố Hồ Chí Minh", "2026-01-01")?.code).toBe("79");
    expect(resolveUnit(registry, "hue", "2026-01-01")?.code).toBe("46");
    expect(resolveUnit(registry, "atlantis", "2026-01-01")).toBeUndefined();
  });
});

describe("succession", () => {
  const party = (unit: string) => ({ id: "p", name: "P", unit });
  it.each([
    ["77", "2018-09-10", "2025-06-30", "same"],
    ["77", "2018-09-10", "2025-07-01", "merged"],
    ["62", "2020-01-01", "2026-01-01", "merged"],
    ["45", "2021-03-12", "2026-01-01", "merged"],
    ["44", "2021-03-12", "2026-01-01", "renamed"],
    ["46", "2020-01-01", "2024-12-31", "same"],
    ["46", "2020-01-01", "2025-01-01", "renamed"],
    ["40", "2023-07-24", "2026-01-01", "same"],
  ])("unit %s signed %s, as of %s: %s", (unit, was, now, change) => {
    expect(succession(registry, party(unit), { was, now })?.change).toBe(change);
  });

  // Said plainly: where the party's province belongs now, and since when; nothing when nothing changed.
  it.each([
    ["77", "2018-09-10", "2025-06-30", "", ""],
    ["77", "2018-09-10", "2025-07-01", " → TP. Hồ Chí Minh", " → TP. Hồ Chí Minh (từ 01/7/2025)"],
    ["62", "2020-01-01", "2026-01-01", " → Quảng Ngãi", " → Quảng Ngãi (từ 01/7/2025)"],
    // The old Quảng Trị (45) went into code 44, which took the name Quảng Trị: it kept its name.
    ["45", "2021-03-12", "2026-01-01", "", " (sáp nhập Quảng Bình, 01/7/2025)"],
    ["44", "2021-03-12", "2026-01-01", " → Quảng Trị", " → Quảng Trị (từ 01/7/2025)"],
    ["87", "2021-03-12", "2026-01-01", "", " (sáp nhập Tiền Giang, 01/7/2025)"],
    ["79", "2020-01-01", "2026-01-01", "", " (sáp nhập Bình Dương, Bà Rịa - Vũng Tàu, 01/7/2025)"],
    ["79", "2025-08-01", "2026-01-01", "", ""],
    ["46", "2020-01-01", "2025-01-01", " → Huế", " → Huế (từ 01/01/2025)"],
    ["40", "2023-07-24", "2026-01-01", "", ""],
  ])("unit %s signed %s, as of %s reads %j in a table and %j in full", (unit, signed, asOf, table, full) => {
    const say = (style: "table" | "full") =>
      successionSuffix(registry, party(unit), { signed }, { asOf, lang: "vi", style });
    expect(say("table")).toBe(table);
    expect(say("full")).toBe(full);
  });

  it("speaks English too", () => {
    const say = successionSuffix(
      registry,
      party("77"),
      { signed: "2018-09-10" },
      { asOf: "2026-01-01", lang: "en", style: "full" },
    );
    expect(say).toBe(" → Ho Chi Minh City (since 1 July 2025)");
  });
});
