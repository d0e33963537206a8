import { describe, expect, it } from "vitest";
import type { Party } from "../../../src/core/model/agreement.js";
import { defaultHost, issuingOf, placeName, unitOnDate } from "../../../src/core/parties/issuer.js";
import { registry } from "../../../src/data-units.js";

const party = (id: string, extra: Partial<Party> = {}): Party => ({ id, name: id, ...extra });
const issuing = (p: Party, date: string, lang: "vi" | "en" = "vi", more = {}) =>
  issuingOf(registry, p, { agreementDate: "2023-07-24", date, lang, ...more });

describe("place and issuing body from the unit registry", () => {
  it("issues as the People's Committee of a province, from the place of its geographic name", () => {
    const ngheAn = party("nghe-an", { name: "Tỉnh Nghệ An", type: "province", unit: "40" });
    expect(issuing(ngheAn, "2025-12-15")).toEqual({
      issuer: ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"],
      place: "Nghệ An",
      committee: true,
      unit: { code: "40", kind: "province", official: "Tỉnh Nghệ An", core: "Nghệ An", current: true },
    });
    expect(issuing(ngheAn, "2025-12-15", "en")).toMatchObject({
      issuer: ["PEOPLE'S COMMITTEE", "OF NGHE AN PROVINCE"],
      place: "Nghe An",
    });
  });

  it("follows a merger to the successor, and writes Thành phố Hồ Chí Minh in full", () => {
    const brvt = party("brvt", { name: "Tỉnh Bà Rịa - Vũng Tàu", type: "province", unit: "ba-ria-vung-tau" });
    expect(issuing(brvt, "2025-06-30")).toMatchObject({
      issuer: ["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"],
      place: "Bà Rịa - Vũng Tàu",
    });
    expect(issuing(brvt, "2025-07-01")).toMatchObject({
      issuer: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
      place: "Thành phố Hồ Chí Minh",
    });
    expect(issuing(brvt, "2025-07-01", "en")).toMatchObject({
      issuer: ["PEOPLE'S COMMITTEE", "OF HO CHI MINH CITY"],
      place: "Ho Chi Minh City",
    });
    // Long An's code lives on under the name Tây Ninh.
    const longAn = party("long-an", { name: "Tỉnh Long An", type: "province", unit: "80" });
    const unit = unitOnDate(registry, longAn, { agreement: "2023-01-01", on: "2026-01-01" })!;
    expect([unit.official, unit.current, placeName(unit, "vi")]).toEqual(["Tỉnh Tây Ninh", true, "Tây Ninh"]);
  });

  it("knows a province by its name when the party names no unit, but only by its exact name then", () => {
    expect(issuing(party("x", { name: "Tỉnh Quảng Ngãi", type: "province" }), "2025-01-01")).toMatchObject({
      place: "Quảng Ngãi",
    });
    expect(issuing(party("x", { name: "Tỉnh Savannakhet (CHDCND Lào)", type: "province" }), "2025-01-01")).toEqual({
      missing: ["issuer", "place"],
    });
    expect(issuing(party("x", { name: "Quang Ngai", type: "province" }), "2025-01-01")).toEqual({
      missing: ["issuer", "place"],
    });
  });

  it("takes the party's own issuer and place, and options before them", () => {
    const lao = party("svk", {
      name: "Tỉnh Savannakhet",
      type: "foreign-agency",
      issuer: { vi: "Ủy ban nhân dân tỉnh Quảng Trị", en: "People's Committee of Quảng Trị Province" },
      place: "Quảng Trị",
    });
    expect(issuing(lao, "2025-01-01")).toEqual({
      issuer: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
      place: "Quảng Trị",
      committee: true,
    });
    expect(issuing(lao, "2025-01-01", "en")).toMatchObject({
      issuer: ["PEOPLE'S COMMITTEE", "OF QUẢNG TRỊ PROVINCE"],
    });
    expect(issuing(party("jica", { type: "foreign-agency", place: "Hà Nội" }), "2025-01-01")).toEqual({
      missing: ["issuer"],
    });
    expect(
      issuing(party("jica", { type: "foreign-agency" }), "2025-01-01", "vi", {
        issuer: "Văn phòng JICA",
        place: "Hà Nội",
      }),
    ).toEqual({ issuer: ["VĂN PHÒNG JICA"], place: "Hà Nội", committee: false });
  });

  it("hosts at the first party that is a unit in use on the date, else the first with a successor", () => {
    const parties = [
      party("org", { type: "organisation" }),
      party("brvt", { type: "province", unit: "77" }),
      party("hcm", { type: "city", unit: "79" }),
    ];
    const dates = { agreement: "2020-01-01", on: "2024-01-01" };
    expect(defaultHost(registry, parties, dates).id).toBe("brvt");
    expect(defaultHost(registry, parties, { ...dates, on: "2025-07-01" }).id).toBe("hcm");
    expect(defaultHost(registry, [parties[0]!, parties[1]!], { ...dates, on: "2025-07-01" }).id).toBe("brvt");
    expect(defaultHost(registry, [parties[0]!], dates).id).toBe("org");
  });
});
