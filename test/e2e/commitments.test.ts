import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runMou } from "../helpers.js";

const asOf = ["--as-of", "2026-01-01"];

describe("mou list", () => {
  it("carries each agreement's next review in JSON (SPEC §5)", () => {
    const run = runMou(["list", "--format", "json", ...asOf]);
    expect(run.status).toBe(0);
    const { asOf: date, agreements } = JSON.parse(run.stdout);
    expect(date).toBe("2026-01-01");
    expect(agreements.map((a: { id: string }) => a.id)).toEqual([
      "ba-ria-vung-tau-pbeg-2018",
      "hue-usta-jica-partnership",
      "hue-usta-koica-partnership",
      "nghe-an-quang-ngai-2023",
      "quang-tri-avse-global-2021",
    ]);
    expect(agreements[3]).toEqual({
      id: "nghe-an-quang-ngai-2023",
      title: "Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi",
      kind: "cooperation-programme",
      status: "active",
      signed: "2023-07-24",
      parties: ["nghe-an", "quang-ngai"],
      next: { number: 1, due: "2025-07-24", state: "overdue", days: -161 },
      file: "agreements/nghe-an-quang-ngai-2023.yaml",
    });
    expect(agreements[1]).toMatchObject({ status: "draft", signed: null, next: null });
  });

  it("prints short party names in the table", () => {
    const lines = runMou(["list", ...asOf, "--lang", "en"]).stdout.split("\n");
    expect(lines[0]).toMatch(/^Agreement\s+Parties\s+Signed\s+Status\s+Next review\s+State$/);
    expect(lines.find((l) => l.startsWith("hue-usta-jica"))).toMatch(/Liên hiệp Hội, JICA\s+—\s+draft/);
    expect(lines.find((l) => l.startsWith("nghe-an"))).toMatch(
      /Nghe An, Quang Ngai\s+2023-07-24\s+active\s+no\. 1 · 2025-07-24\s+overdue$/,
    );
  });
});

describe("mou show", () => {
  it("shows an agreement in full, titles in both languages", () => {
    const run = runMou(["show", "nghe-an-quang-ngai-2023", ...asOf]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi",
      "Development cooperation programme between Nghệ An and Quảng Ngãi provinces",
      "nghe-an-quang-ngai-2023 · chương trình hợp tác · đang hiệu lực",
    ]);
    expect(run.stdout).toContain("  Kỳ tới: lần 1, hạn 2025-07-24 — quá hạn 161 ngày\n");
    expect(run.stdout).toContain("Nội dung cam kết (13)");
    expect(run.stdout).toContain("  2. Giao Ban Quản lý KKT Dung Quất");
    expect(run.stdout.replace(/\n\s+/g, " ")).toContain(
      "• Nghệ An - Quảng Ngãi trao đổi kinh nghiệm và ký kết hợp tác phát triển — Xuân Hướng - Cảnh Toàn — 2023-07-24",
    );
  });

  it("shows held extra meetings of an agreement without a review rule", () => {
    const out = runMou(["show", "ba-ria-vung-tau-pbeg-2018", "--lang", "en", ...asOf]).stdout;
    expect(out).toContain("The agreement states no periodic review.");
    expect(out).toContain("    • 2019-04-23 (extra meeting) — ");
    expect(out).toContain("Document: 2511/QĐ-UBND, 2018-09-10, UBND tỉnh Bà Rịa - Vũng Tàu");
  });

  it("fails cleanly with the closest id for an unknown one", () => {
    expect(runMou(["show", "nghe-an-quang-ngai", "--lang", "en"])).toEqual({
      stdout: "",
      stderr: "mou: no agreement “nghe-an-quang-ngai”; did you mean “nghe-an-quang-ngai-2023”?\n",
      status: 2,
    });
    expect(runMou(["show", "hue-usta-jica-partnersip"]).stderr).toBe(
      "mou: không có thỏa thuận “hue-usta-jica-partnersip”; có lẽ định viết “hue-usta-jica-partnership”\n",
    );
    expect(runMou(["show"]).status).toBe(2);
  });

  it("gives the view as JSON", () => {
    const { agreement } = JSON.parse(
      runMou(["show", "quang-tri-avse-global-2021", "--format", "json", ...asOf]).stdout,
    );
    expect(agreement).toMatchObject({ id: "quang-tri-avse-global-2021", status: "draft", reviews: [] });
    expect(agreement.commitments[0]).toMatchObject({
      id: "1",
      status: "in-progress",
      lead: ["AVSE Global"],
    });
  });
});

describe("mou commitments", () => {
  const ids = (...args: string[]) =>
    JSON.parse(runMou(["commitments", "--format", "json", ...asOf, ...args]).stdout).commitments.map(
      (c: { agreement: string; id: string }) => `${c.agreement}#${c.id}`,
    );

  it("finds Vietnamese text typed without diacritics", () => {
    expect(ids("--search", "do thi")).toEqual(["nghe-an-quang-ngai-2023#1", "nghe-an-quang-ngai-2023#10"]);
    expect(ids("--search", "Dung Quat")).toEqual(["nghe-an-quang-ngai-2023#2"]);
    expect(ids("--search", "tăng trưởng xanh".normalize("NFD"))).toEqual([
      "ba-ria-vung-tau-pbeg-2018#2",
      "ba-ria-vung-tau-pbeg-2018#2a",
    ]);
  });

  it("filters by party, lead agency, sector and status", () => {
    expect(ids("--party", "japandesk")).toEqual(["ba-ria-vung-tau-pbeg-2018#2a"]);
    expect(ids("--lead", "tai nguyen va moi truong")).toEqual([
      "ba-ria-vung-tau-pbeg-2018#2",
      "ba-ria-vung-tau-pbeg-2018#2a",
    ]);
    expect(ids("--sector", "agriculture")).toEqual(["nghe-an-quang-ngai-2023#3", "nghe-an-quang-ngai-2023#4"]);
    expect(ids("--status", "in-progress")).toEqual(["quang-tri-avse-global-2021#1"]);
    expect(ids("--agreement", "hue-usta-koica-partnership", "--party", "koica")).toEqual([
      "hue-usta-koica-partnership#1",
    ]);
    expect(ids("--overdue")).toEqual([]);
  });

  it("gives the SPEC's JSON shape", () => {
    const [first] = JSON.parse(
      runMou(["commitments", "--format", "json", "--lang", "en", "--agreement", "ba-ria-vung-tau-pbeg-2018", ...asOf])
        .stdout,
    ).commitments;
    expect(first).toEqual({
      agreement: "ba-ria-vung-tau-pbeg-2018",
      id: "1",
      title: "Consolidate the structure of the economy's sectors (triple GDP excluding mining)",
      status: "not-started",
      lead: [],
      sectors: ["economy"],
      due: null,
      overdue: false,
      file: "agreements/ba-ria-vung-tau-pbeg-2018.yaml",
    });
  });

  it("writes CSV that opens with Vietnamese intact", () => {
    const run = runMou(["commitments", "--format", "csv", "--agreement", "hue-usta-jica-partnership", ...asOf]);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    const rows = parse(run.stdout, { bom: true });
    expect(rows[0]).toEqual([
      "Thỏa thuận",
      "Số",
      "Nội dung",
      "Chủ trì",
      "Phối hợp",
      "Lĩnh vực",
      "Tiến độ",
      "Hạn",
      "Quá hạn",
    ]);
    expect(rows[2]).toEqual([
      "hue-usta-jica-partnership",
      "2",
      "Chủ động phối hợp với các sở, ban ngành, các trường đại học, viện nghiên cứu, đơn vị " +
        "để sớm có các danh mục, các đề xuất, dự án cụ thể để gởi đến JICA và KOICA",
      "Liên hiệp Hội",
      "các sở, ban ngành, các trường đại học, viện nghiên cứu, đơn vị",
      "khoa học và công nghệ",
      "chưa triển khai",
      "",
      "không",
    ]);
  });

  it("wraps the table to $COLUMNS and prints plain text when piped", () => {
    const run = runMou(["commitments", "--agreement", "nghe-an-quang-ngai-2023", ...asOf], { env: { COLUMNS: "100" } });
    const lines = run.stdout.trimEnd().split("\n");
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(lines.length).toBeGreaterThan(14);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("fails cleanly for an unknown agreement or status", () => {
    expect(runMou(["commitments", "--agreement", "nghe-an", "--lang", "en"]).stderr).toBe(
      "mou: no agreement “nghe-an”; did you mean “nghe-an-quang-ngai-2023”?\n",
    );
    expect(runMou(["commitments", "--status", "finished-ish"]).status).toBe(2);
    // A status may be given in words, in either language, with or without diacritics.
    const words = ["đang thực hiện", "dang trien khai", "in progress", "in-progress"].map(
      (status) => runMou(["commitments", "--status", status, "--format", "json", "--as-of", "2026-01-01"]).stdout,
    );
    expect(new Set(words).size).toBe(1);
    expect(JSON.parse(words[0]!).commitments.length).toBeGreaterThan(0);
  });
});
