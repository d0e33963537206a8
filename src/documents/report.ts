import { sceneOf } from "../core/charts/index.js";
import type { ReportCharts } from "../core/charts/report-charts.js";
import type { ReportView } from "../core/views/report.js";
import { escapeMarkdown } from "../format/markdown.js";
import { messages } from "../i18n/index.js";
import { renderMermaid } from "./charts/mermaid.js";
import { frameOf } from "./frame.js";
import { renderTemplate } from "./markdown.js";
import type { OfficialDocument } from "./model.js";

const FENCE = "```";

/**
 * The Markdown of an implementation report. `{{chart "status"}}` (or "indicators", "timeline") writes a
 * Mermaid block, which GitHub draws and the PDF replaces with the same chart in vector form, then a
 * numbered caption with the chart's numbers as text; a chart the report has no data for writes nothing.
 */
export function renderReportMarkdown(template: string, view: ReportView, charts: ReportCharts): string {
  let figures = 0;
  return renderTemplate(template, view, {
    chart: (name: unknown) => {
      const spec =
        typeof name === "string" && Object.hasOwn(charts, name) ? charts[name as keyof ReportCharts] : undefined;
      if (spec === undefined) return "";
      const caption = messages(view.lang).report.charts.caption({ number: ++figures, title: spec.title });
      const numbers = escapeMarkdown(spec.lines.join("; "));
      const block = `${FENCE}mermaid\n%% mou:chart ${name}\n${renderMermaid(spec)}\n${FENCE}`;
      return `${block}\n\n*${escapeMarkdown(caption)} – ${numbers}.*\n`;
    },
  });
}

/**
 * The implementation report as an administrative document of type "BÁO CÁO": the Decree 30 frame from the
 * view, the body its template rendered, and the charts the body names, drawn in every format.
 */
export function reportDocument(view: ReportView, body: string, charts: ReportCharts, created: Date): OfficialDocument {
  const figures = Object.fromEntries(
    Object.entries(charts).map(([name, spec]) => [
      name,
      { scene: sceneOf(spec), alt: `${spec.title}: ${spec.lines.join("; ")}` },
    ]),
  );
  return {
    frame: frameOf(view, "report"),
    body,
    meta: {
      title: view.title,
      subject: messages(view.lang).report.subject({ title: view.title }),
      author: view.issuer.join(" "),
      lang: view.lang,
      created,
    },
    figures,
  };
}
