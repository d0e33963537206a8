import { resolve } from "node:path";
import type { Context } from "../../context.js";
import { sceneOf } from "../../core/charts/index.js";
import { reportCharts } from "../../core/charts/report-charts.js";
import { ReportError, type ReportView, reportView } from "../../core/views/report.js";
import { registry } from "../../data-units.js";
import { TemplateError } from "../../documents/markdown.js";
import { renderReportMarkdown } from "../../documents/report.js";
import { UsageError } from "../../errors.js";
import type { ImplementationReportFormat } from "../../format/formats.js";
import { messages } from "../../i18n/index.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { loadTemplate } from "../../load/templates.js";
import { writeFileAtomic } from "../../load/write.js";
import { findAgreement } from "../find.js";
import { parseDateOption, positiveInteger } from "../options.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export interface ReportCommandOptions {
  review?: string;
  from?: string;
  to?: string;
  party?: string;
  place?: string;
  issuer?: string;
  format: ImplementationReportFormat;
  output?: string;
  template?: string;
  force?: boolean;
}

export async function report(id: string, options: ReportCommandOptions, context: Context): Promise<CommandOutput> {
  const review = positiveInteger("--review", options.review, context.lang);
  const from = options.from === undefined ? undefined : parseDateOption("--from", options.from, context);
  const to = options.to === undefined ? undefined : parseDateOption("--to", options.to, context);
  const loaded = await loadAgreements(context);
  const { agreement } = findAgreement(loaded.agreements, id, context.lang);
  const remind = context.config.remind;
  let view: ReportView;
  try {
    view = reportView(agreement, {
      asOf: context.asOf,
      lang: context.lang,
      units: registry,
      ...(remind !== undefined ? { remind } : {}),
      ...(review !== undefined ? { review } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(options.party !== undefined ? { party: options.party } : {}),
      ...(options.place !== undefined ? { place: options.place } : {}),
      ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    });
  } catch (error) {
    if (error instanceof ReportError) throw new UsageError(`${id}: ${error.message}`);
    throw error;
  }
  const charts = reportCharts(view);
  const template = await loadTemplate("report", context.lang, options.template, context.cwd);
  let markdown: string;
  try {
    markdown = renderReportMarkdown(template, view, charts);
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(`the template cannot be rendered: ${error.message}`);
    throw error;
  }

  const overwrite = options.force === true;
  if (options.format === "md") {
    if (options.output === undefined) return withSkipped(markdown, loaded, context.lang);
    await writeFileAtomic(resolve(context.cwd, options.output), markdown, { overwrite });
    return withSkipped(`${options.output}\n`, loaded, context.lang);
  }
  const output = options.output ?? `${agreement.id}-report-${context.asOf}.pdf`;
  const { renderPdf } = await import("../../documents/pdf.js");
  const scenes = Object.fromEntries(Object.entries(charts).map(([name, spec]) => [name, sceneOf(spec)]));
  const pdf = await renderPdf(
    markdown,
    {
      title: view.title,
      subject: messages(context.lang).report.subject({ title: view.title }),
      lang: context.lang === "vi" ? "vi-VN" : "en",
      date: view.date,
    },
    scenes,
  );
  await writeFileAtomic(resolve(context.cwd, output), pdf, { overwrite });
  return withSkipped(`${output}\n`, loaded, context.lang);
}
