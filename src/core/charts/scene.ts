/**
 * A chart as plain shapes in points (1/72 inch), y downwards, text placed by its baseline — so that one
 * drawing serves every output: SVG for Word and the web, vector paths in the PDF. Pure data.
 */
export type Shape =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: number }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string; stroke?: string }
  | { kind: "polygon"; points: [number, number][]; fill: string; stroke?: string }
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: "start" | "middle" | "end";
      bold?: boolean;
      fill?: string;
    };

export interface Scene {
  width: number;
  height: number;
  /** What the chart shows, for its caption and for screen readers. */
  title: string;
  shapes: Shape[];
}

/** A rough width of text in Tinos (Times): half an em per character, enough to keep labels apart. */
export const textWidth = (text: string, size: number): number => [...text].length * size * 0.5;

/** The text cut to fit `width`, with an ellipsis when it had to be cut. */
export function clip(text: string, size: number, width: number): string {
  const chars = [...text];
  const max = Math.floor(width / (size * 0.5));
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join("")
        .trimEnd()}…`;
}

/** Colours that stay apart when printed in grey: by lightness as well as hue. */
export const palette = {
  done: "#2e7d32",
  "in-progress": "#1565c0",
  stalled: "#ef6c00",
  "not-started": "#9e9e9e",
  dropped: "#d7ccc8",
  achieved: "#2e7d32",
  "on-track": "#1565c0",
  "off-track": "#ef6c00",
  missed: "#c62828",
  "no-data": "#bdbdbd",
  unknown: "#e0e0e0",
  overdue: "#c62828",
  "due-soon": "#ef6c00",
  scheduled: "#1565c0",
  ink: "#212121",
  faint: "#eeeeee",
  rule: "#757575",
} as const;

/** The width charts take: the text width of an A4 page with Decree 30 margins, less a little. */
export const CHART_WIDTH = 460;
