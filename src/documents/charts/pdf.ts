import type { Scene, Shape } from "../../core/charts/index.js";
import type { Doc } from "../pdf/fonts.js";

function draw(doc: Doc, s: Shape, x0: number, y0: number): void {
  doc.save();
  switch (s.kind) {
    case "rect":
      doc.rect(x0 + s.x, y0 + s.y, s.width, s.height);
      if (s.fill !== "none" && s.stroke) doc.lineWidth(0.8).fillAndStroke(s.fill, s.stroke);
      else if (s.fill !== "none") doc.fill(s.fill);
      else if (s.stroke) doc.lineWidth(0.8).stroke(s.stroke);
      break;
    case "line":
      doc
        .moveTo(x0 + s.x1, y0 + s.y1)
        .lineTo(x0 + s.x2, y0 + s.y2)
        .lineWidth(s.width);
      if (s.dash) doc.dash(s.dash, { space: s.dash });
      doc.stroke(s.stroke);
      break;
    case "circle":
      doc.circle(x0 + s.cx, y0 + s.cy, s.r);
      if (s.stroke) doc.lineWidth(1.5).fillAndStroke(s.fill, s.stroke);
      else doc.fill(s.fill);
      break;
    case "polygon":
      doc.polygon(...s.points.map(([x, y]) => [x0 + x, y0 + y] as [number, number]));
      doc.fill(s.fill);
      break;
    case "text": {
      doc
        .font(s.bold ? "bold" : "regular")
        .fontSize(s.size)
        .fillColor(s.fill ?? "#212121");
      const width = doc.widthOfString(s.text);
      const x = s.anchor === "start" ? s.x : s.anchor === "middle" ? s.x - width / 2 : s.x - width;
      doc.text(s.text, x0 + x, y0 + s.y, { lineBreak: false, baseline: "alphabetic" });
      break;
    }
  }
  doc.restore();
}

/**
 * Draws a chart's shapes as PDF vector graphics with the document's own fonts (registered as "regular"
 * and "bold"), its top left corner at (x, y). The labels are real text, so `pdftotext` reads the numbers.
 */
export function drawScene(doc: Doc, scene: Scene, x: number, y: number): void {
  for (const s of scene.shapes) draw(doc, s, x, y);
  doc.fillColor("black").strokeColor("black").undash();
}
