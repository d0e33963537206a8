import type { Scene, Shape } from "../../core/charts/index.js";
import { escapeXml } from "../../format/xml.js";

const n = (v: number) => String(Math.round(v * 100) / 100);

function shape(s: Shape): string {
  switch (s.kind) {
    case "rect":
      return (
        `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"` +
        `${s.stroke ? ` stroke="${s.stroke}" stroke-width="0.8"` : ""}/>`
      );
    case "line":
      return (
        `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" ` +
        `stroke-width="${n(s.width)}"${s.dash ? ` stroke-dasharray="${n(s.dash)}"` : ""}/>`
      );
    case "circle":
      return (
        `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"` +
        `${s.stroke ? ` stroke="${s.stroke}" stroke-width="1.5"` : ""}/>`
      );
    case "polygon":
      return `<polygon points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(" ")}" fill="${s.fill}"/>`;
    case "text":
      return (
        `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}" text-anchor="${s.anchor}"` +
        `${s.bold ? ' font-weight="bold"' : ""}${s.fill ? ` fill="${s.fill}"` : ""}>${escapeXml(s.text)}</text>`
      );
  }
}

/**
 * A chart as a standalone SVG document, sized in points. Its title and its numbers travel as text: the
 * <title> and <desc> for screen readers, and every label as <text>. Data reaches it only escaped.
 */
export function renderSvg(scene: Scene, description: readonly string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}pt" height="${n(scene.height)}pt" ` +
    `viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" role="img" font-family="'Times New Roman', Tinos, serif">` +
    `<title>${escapeXml(scene.title)}</title><desc>${escapeXml(description.join("; "))}</desc>` +
    `<g fill="#212121">${scene.shapes.map(shape).join("")}</g></svg>\n`
  );
}
