import { daysBetween } from "../schedule/duration.js";
import { CHART_WIDTH, clip, palette, type Scene, type Shape, textWidth } from "./scene.js";
import type { ChartSpec } from "./spec.js";

type Spec = Extract<ChartSpec, { kind: "timeline" }>;
type Event = Spec["events"][number];

const LINE_Y = 52;
const SIZE = 8;
// Labels take turns at four heights, two above the line and two below, so that close dates stay readable.
const SLOTS = [-14, 20, -34, 40];
const PRIORITY: Record<Event["kind"], number> = {
  start: 0,
  next: 0,
  today: 1,
  following: 1,
  held: 2,
  extra: 3,
  missed: 4,
};

function marker(e: Event, x: number): Shape[] {
  const y = LINE_Y;
  switch (e.kind) {
    case "start":
      return [
        {
          kind: "polygon",
          points: [
            [x, y - 6],
            [x + 6, y],
            [x, y + 6],
            [x - 6, y],
          ],
          fill: palette.ink,
        },
      ];
    case "held":
      return [{ kind: "circle", cx: x, cy: y, r: 5, fill: palette.done }];
    case "extra":
      return [{ kind: "circle", cx: x, cy: y, r: 3.5, fill: palette["not-started"] }];
    case "missed":
      return [
        { kind: "line", x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5, stroke: palette.missed, width: 2 },
        { kind: "line", x1: x - 5, y1: y + 5, x2: x + 5, y2: y - 5, stroke: palette.missed, width: 2 },
      ];
    case "next":
      return [{ kind: "circle", cx: x, cy: y, r: 5, fill: "#ffffff", stroke: palette[e.state ?? "scheduled"] }];
    case "following":
      return [{ kind: "circle", cx: x, cy: y, r: 4, fill: "#ffffff", stroke: palette.rule }];
    case "today":
      return [{ kind: "line", x1: x, y1: y - 9, x2: x, y2: y + 9, stroke: palette.ink, width: 1, dash: 3 }];
  }
}

/** The review history on a line of time: signing, reviews held (numbered), missed, the next ones, today. */
export function timelineScene(spec: Spec): Scene {
  const shapes: Shape[] = [];
  const first = spec.events[0]!.date;
  const last = spec.events.at(-1)!.date;
  const span = Math.max(1, daysBetween(first, last));
  const margin = 40;
  const xOf = (date: string) =>
    first === last ? CHART_WIDTH / 2 : margin + ((CHART_WIDTH - 2 * margin) * daysBetween(first, date)) / span;
  shapes.push({
    kind: "line",
    x1: margin - 10,
    y1: LINE_Y,
    x2: CHART_WIDTH - margin + 10,
    y2: LINE_Y,
    stroke: palette.rule,
    width: 1.5,
  });
  for (const e of spec.events) shapes.push(...marker(e, xOf(e.date)));
  // Labels go where they do not overlap another: the signing, the next reviews and today first, then the
  // meetings, the missed reviews last; a label with no free slot is left out (the caption has them all).
  const taken: [number, number][][] = SLOTS.map(() => []);
  const order = [...spec.events].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  for (const e of order) {
    const x = xOf(e.date);
    const text = clip(`${e.dateText} ${e.label}`, SIZE, 150);
    const width = textWidth(text, SIZE);
    const anchor = x < 60 ? "start" : x > CHART_WIDTH - 60 ? "end" : "middle";
    const tx = anchor === "start" ? Math.max(0, x - 4) : anchor === "end" ? Math.min(CHART_WIDTH, x + 4) : x;
    const from = anchor === "start" ? tx : anchor === "end" ? tx - width : tx - width / 2;
    const slot = SLOTS.findIndex((_, k) => taken[k]!.every(([a, b]) => from + width + 4 < a || b + 4 < from));
    if (slot < 0) continue;
    taken[slot]!.push([from, from + width]);
    const dy = SLOTS[slot]!;
    const labelY = LINE_Y + dy;
    shapes.push({
      kind: "line",
      x1: x,
      y1: LINE_Y + (dy < 0 ? -6 : 6),
      x2: x,
      y2: labelY + (dy < 0 ? 2 : -9),
      stroke: palette.faint,
      width: 0.8,
    });
    shapes.push({ kind: "text", x: tx, y: labelY, text, size: SIZE, anchor, bold: e.kind === "next" });
  }
  return { width: CHART_WIDTH, height: LINE_Y + 52, title: spec.title, shapes };
}
