import { CHART_WIDTH, palette, type Scene, type Shape, textWidth } from "./scene.js";
import type { ChartSpec } from "./spec.js";

const BAR = 22;
const LEGEND = 9.5;

/** One bar split by status, the count inside each part wide enough to hold it, and a legend with every number. */
export function statusScene(spec: Extract<ChartSpec, { kind: "status" }>): Scene {
  const shapes: Shape[] = [];
  const top = 4;
  let x = 0;
  for (const item of spec.items) {
    const width = spec.total === 0 ? 0 : (CHART_WIDTH * item.count) / spec.total;
    shapes.push({ kind: "rect", x, y: top, width, height: BAR, fill: palette[item.status] });
    const label = String(item.count);
    if (width >= textWidth(label, 10) + 6)
      shapes.push({
        kind: "text",
        x: x + width / 2,
        y: top + BAR / 2 + 3.5,
        text: label,
        size: 10,
        anchor: "middle",
        bold: true,
        fill: item.status === "dropped" || item.status === "not-started" ? palette.ink : "#ffffff",
      });
    x += width;
  }
  shapes.push({ kind: "rect", x: 0, y: top, width: CHART_WIDTH, height: BAR, fill: "none", stroke: palette.rule });
  // The legend wraps onto as many lines as it needs.
  let lx = 0;
  let ly = top + BAR + 16;
  spec.items.forEach((item, i) => {
    const text = spec.lines[i]!;
    const width = 13 + textWidth(text, LEGEND) + 14;
    if (lx > 0 && lx + width > CHART_WIDTH) {
      lx = 0;
      ly += 15;
    }
    shapes.push({ kind: "rect", x: lx, y: ly - 8, width: 9, height: 9, fill: palette[item.status] });
    shapes.push({ kind: "text", x: lx + 13, y: ly, text, size: LEGEND, anchor: "start" });
    lx += width;
  });
  return { width: CHART_WIDTH, height: ly + 6, title: spec.title, shapes };
}
