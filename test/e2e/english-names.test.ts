import { afterAll, describe, expect, it } from "vitest";
import { runMou, tempFolder } from "../helpers.js";

// With --lang en a reader sees parties in English where an English name is known: the file's own {vi, en}
// name, or a Vietnamese province's English name; other names stay as written.
const file = `id: ha-tinh-gyeonggi-2024
title: {vi: Bản ghi nhớ hợp tác giữa tỉnh Hà Tĩnh và tỉnh Gyeonggi, en: MOU between Ha Tinh and Gyeonggi}
kind: mou
signed: 2024-03-01
parties:
  - {id: ha-tinh, name: Tỉnh Hà Tĩnh, type: province, unit: "42"}
  - id: gyeonggi
    name: {vi: Chính quyền tỉnh Gyeonggi, en: Gyeonggi Provincial Government}
    type: foreign-province
    country: KR
  - {id: lhh, name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh, type: organisation}
review:
  every: P1Y
commitments:
  - id: "1"
    title: {vi: Trao đổi đoàn, en: Exchange delegations}
    lead: [{party: gyeonggi, agency: Sở Ngoại vụ}]
    support: [{party: ha-tinh}]
`;

describe("party names in English", () => {
  const folder = tempFolder({ "agreements/ha-tinh-gyeonggi-2024.yaml": file });
  afterAll(folder.cleanup);
  const run = (...args: string[]) => runMou([...args, "--as-of", "2026-11-30"], { cwd: folder.dir });

  it("validates a {vi, en} party name", () => {
    expect(run("validate").status).toBe(0);
  });

  it("shows full names in English where known, as written otherwise", () => {
    const en = run("show", "ha-tinh-gyeonggi-2024", "--lang", "en").stdout;
    expect(en).toContain("• Ha Tinh Province (province)");
    expect(en).toContain("• Gyeonggi Provincial Government (foreign province)");
    expect(en).toContain("• Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh (organisation)");
    const vi = run("show", "ha-tinh-gyeonggi-2024", "--lang", "vi").stdout;
    expect(vi).toContain("• Tỉnh Hà Tĩnh (tỉnh)");
    expect(vi).toContain("• Chính quyền tỉnh Gyeonggi (tỉnh nước ngoài)");
  });

  it("uses English short names in tables, and finds a party by either name", () => {
    const list = run("list", "--lang", "en", "--format", "csv").stdout;
    expect(list).toContain("Ha Tinh");
    expect(list).not.toContain("Hà Tĩnh,");
    const found = run("commitments", "--search", "gyeonggi provincial", "--format", "json");
    expect(JSON.parse(found.stdout).commitments).toHaveLength(1);
  });

  it("issues the English programme as the People's Committee of the province, by its English name", () => {
    const md = run("agenda", "ha-tinh-gyeonggi-2024", "--date", "2026-12-15", "--lang", "en").stdout;
    expect(md).toContain("**OF HA TINH PROVINCE**");
    expect(md).toContain("*Ha Tinh, 30 November 2026*");
    expect(md).toContain("  - Gyeonggi Provincial Government.");
  });
});
