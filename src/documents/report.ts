import type { ReportCharts } from "../core/charts/report-charts.js";
import type { ReportView } from "../core/views/report.js";
import { escapeMarkdown } from "../format/markdown.js";
import { messages } from "../i18n/index.js";
import { renderMermaid } from "./charts/mermaid.js";
import { renderTemplate } from "./markdown.js";

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
