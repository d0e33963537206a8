import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { type ChartSpec, sceneOf } from "../../src/core/charts/index.js";
import { reportCharts } from "../../src/core/charts/report-charts.js";
import { CHART_WIDTH } from "../../src/core/charts/scene.js";
import { reportView } from "../../src/core/views/report.js";
import { mermaidText, renderMermaid } from "../../src/documents/charts/mermaid.js";
import { renderSvg } from "../../src/documents/charts/svg.js";
import { checkYaml, root } from "../helpers.js";

const yaml = readFileSync(join(root, "test", "fixtures", "report", "agreements", "tinh-a-doi-tac-b-2022.yaml"));
const agreement = checkYaml(yaml, "tinh-a-doi-tac-b-2022.yaml", "2024-02-01").agreement!;
const charts = reportCharts(reportView(agreement, { asOf: "2024-02-01", lang: "vi" }));

/** Every text of an SVG document, read back with an XML parser. */
function texts(svg: string): string[] {
  const doc = new XMLParser({ ignoreAttributes: false, textNodeName: "#text" }).parse(svg);
  const list = doc.svg.g.text;
  return (Array.isArray(list) ? list : [list]).map((t: { "#text": unknown }) => String(t["#text"]));
}

describe("charts", () => {
  it("draw the status bar to the full width, split in proportion, with every count as text", () => {
    const scene = sceneOf(charts.status!);
    const parts = scene.shapes.filter((s) => s.kind === "rect" && s.height === 22 && s.fill !== "none");
    expect(parts.reduce((sum, s) => sum + (s.kind === "rect" ? s.width : 0), 0)).toBeCloseTo(CHART_WIDTH);
    const svg = renderSvg(scene, charts.status!.lines);
    expect(texts(svg)).toEqual(expect.arrayContaining(["Hoàn thành: 1 (20%)", "Đang triển khai: 2 (40%)"]));
    expect(svg).toContain("<title>Tiến độ thực hiện 5 nội dung</title>");
  });

  it("draw each indicator's share of the way, clamped to the track, with the numbers beside it", () => {
    const svg = renderSvg(sceneOf(charts.indicators!), charts.indicators!.lines);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(["45% (kế hoạch 47,3%)", "26,7% (kế hoạch 74,8%)", "chưa có số liệu", "0%", "100%"]),
    );
  });

  it("place every event of the review timeline on the chart, dates and labels as text", () => {
    // Labels that would overlap are left out (the caption has them all): here none do.
    const scene = sceneOf(charts.timeline!);
    for (const s of scene.shapes) if (s.kind === "circle") expect(s.cx >= 0 && s.cx <= CHART_WIDTH).toBe(true);
    expect(texts(renderSvg(scene, charts.timeline!.lines)).sort()).toEqual(
      [
        "15/3/2022 ký kết",
        "20/3/2023 lần 1",
        "01/9/2023 họp bổ sung",
        "01/02/2024 ngày báo cáo",
        "15/3/2024 lần 2: sắp đến hạn",
        "15/3/2025 lần 3 (dự kiến)",
      ].sort(),
    );
  });

  it("keep hostile text inert: escaped in SVG, stripped of Mermaid syntax", () => {
    const hostile = 'x</text><script>alert(1)</script>"]; click A call x() %%{init}%% ```\n';
    const spec: ChartSpec = {
      kind: "indicators",
      title: hostile,
      expectedLabel: "kế hoạch",
      items: [
        { key: hostile, label: hostile, percent: 150, expected: null, track: "achieved", value: "150%", text: hostile },
      ],
      lines: [hostile],
    };
    const svg = renderSvg(sceneOf(spec), spec.lines);
    expect(svg).not.toContain("<script");
    expect(() => texts(svg)).not.toThrow();
    const mermaid = renderMermaid(spec);
    expect(mermaid.split("\n")[1]).not.toMatch(/[<>`;{}]|%%/);
    expect(mermaid.split("\n")).toEqual([
      "xychart-beta horizontal",
      '    x-axis ["x /text script alert(1) /script – click A call x() % init %"]',
      '    y-axis "%" 0 --> 150',
      "    bar [150]",
    ]);
    expect(mermaidText("lần 1: quá hạn")).toBe("lần 1 – quá hạn");
  });

  it("give Mermaid the same numbers: a pie of statuses, bars of indicators, a timeline of reviews", () => {
    expect(renderMermaid(charts.status!)).toBe(
      'pie showData\n    "Hoàn thành" : 1\n    "Đang triển khai" : 2\n    "Đình trệ" : 1\n    "Chưa triển khai" : 1',
    );
    expect(renderMermaid(charts.indicators!)).toContain('x-axis ["1 hoc-bong", "3 chon-lap", "4 rung"]');
    expect(renderMermaid(charts.indicators!)).toContain("bar [45, 27, 0]");
    expect(renderMermaid(charts.timeline!)).toContain("15/3/2024 : lần 2 – sắp đến hạn");
  });
});

describe("a crowded timeline", () => {
  it("keeps its labels apart, leaving out what does not fit, and marks every event", () => {
    const events = Array.from({ length: 40 }, (_, i) => ({
      date: `2020-${String((i % 12) + 1).padStart(2, "0")}-${String(Math.floor(i / 12) + 1).padStart(2, "0")}`,
      dateText: `${i}`,
      kind: "missed" as const,
      label: `lần ${i + 1}: chưa tổ chức`,
    })).sort((a, b) => (a.date < b.date ? -1 : 1));
    const scene = sceneOf({ kind: "timeline", title: "t", events, lines: [] });
    const labels = scene.shapes.filter((s) => s.kind === "text");
    expect(labels.length).toBeLessThan(events.length);
    expect(scene.shapes.filter((s) => s.kind === "line" && s.stroke === "#c62828")).toHaveLength(2 * events.length);
    // No two labels on one level overlap.
    const spans = labels.map((t) => {
      const w = [...t.text].length * t.size * 0.5;
      const from = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
      return { y: t.y, from, to: from + w };
    });
    for (const a of spans)
      for (const b of spans) if (a !== b && a.y === b.y) expect(a.to < b.from || b.to < a.from).toBe(true);
  });
});
