import { CHART_WIDTH, clip, palette, type Scene, type Shape } from "./scene.js";
import type { ChartSpec } from "./spec.js";

const ROW = 22;
const LABEL = 150;
const TRACK_X = LABEL + 8;
const TRACK = 170;
const SIZE = 9;

/**
 * One bar per indicator on a 0–100 % track (the way from baseline to target), coloured by how it stands,
 * a dashed tick where the calendar expects it to be, and its numbers written beside it.
 */
export function indicatorsScene(spec: Extract<ChartSpec, { kind: "indicators" }>): Scene {
  const shapes: Shape[] = [];
  const top = 6;
  spec.items.forEach((item, i) => {
    const y = top + i * ROW;
    shapes.push({ kind: "text", x: 0, y: y + 11, text: clip(item.label, SIZE, LABEL), size: SIZE, anchor: "start" });
    shapes.push({
      kind: "rect",
      x: TRACK_X,
      y: y + 2,
      width: TRACK,
      height: 12,
      fill: palette.faint,
      stroke: palette.rule,
    });
    const share = item.percent === null ? 0 : Math.max(0, Math.min(100, item.percent)) / 100;
    if (share > 0)
      shapes.push({ kind: "rect", x: TRACK_X, y: y + 2, width: TRACK * share, height: 12, fill: palette[item.track] });
    if (item.expected !== null) {
      const ex = TRACK_X + (TRACK * item.expected) / 100;
      shapes.push({ kind: "line", x1: ex, y1: y - 1, x2: ex, y2: y + 17, stroke: palette.ink, width: 1.2, dash: 2 });
    }
    shapes.push({
      kind: "text",
      x: TRACK_X + TRACK + 6,
      y: y + 11,
      text: clip(item.value, SIZE, CHART_WIDTH - TRACK_X - TRACK - 6),
      size: SIZE,
      anchor: "start",
    });
  });
  const axis = top + spec.items.length * ROW + 8;
  for (const p of [0, 50, 100])
    shapes.push({ kind: "text", x: TRACK_X + (TRACK * p) / 100, y: axis, text: `${p}%`, size: 8, anchor: "middle" });
  shapes.push({
    kind: "line",
    x1: TRACK_X + TRACK + 6,
    y1: axis - 3,
    x2: TRACK_X + TRACK + 18,
    y2: axis - 3,
    stroke: palette.ink,
    width: 1.2,
    dash: 2,
  });
  shapes.push({ kind: "text", x: TRACK_X + TRACK + 22, y: axis, text: spec.expectedLabel, size: 8, anchor: "start" });
  return { width: CHART_WIDTH, height: axis + 4, title: spec.title, shapes };
}
