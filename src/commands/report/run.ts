import { resolve } from "node:path";
import type { Context } from "../../context.js";
import { reportCharts } from "../../core/charts/report-charts.js";
import type { SignerRole } from "../../core/views/agenda-closing.js";
import { ReportError, type ReportView, reportView } from "../../core/views/report.js";
import { registry } from "../../data-units.js";
import { TemplateError } from "../../documents/markdown.js";
import { renderDocument } from "../../documents/render.js";
import { renderReportMarkdown, reportDocument } from "../../documents/report.js";
import { UsageError } from "../../errors.js";
import type { DocumentFormat } from "../../format/formats.js";
import { messages } from "../../i18n/index.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { loadTemplate } from "../../load/templates.js";
import { writeFileAtomic } from "../../load/write.js";
import { findLoaded } from "../find.js";
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
  signer?: string;
  signerRole?: SignerRole;
  format: DocumentFormat;
  output?: string;
  template?: string;
  force?: boolean;
}

export async function report(id: string, options: ReportCommandOptions, context: Context): Promise<CommandOutput> {
  const review = positiveInteger("--review", options.review, context.lang);
  const from = options.from === undefined ? undefined : parseDateOption("--from", options.from, context);
  const to = options.to === undefined ? undefined : parseDateOption("--to", options.to, context);
  const loaded = await loadAgreements(context);
  const { found, refused } = findLoaded(loaded, id, context.lang);
  if (refused) return refused;
  const { agreement } = found;
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
      ...(options.signer !== undefined ? { signer: options.signer } : {}),
      ...(options.signerRole !== undefined ? { signerRole: options.signerRole } : {}),
    });
  } catch (error) {
    if (error instanceof ReportError) throw new UsageError(`${id}: ${error.message}`);
    throw error;
  }
  const charts = reportCharts(view);
  const template = await loadTemplate("report", context.lang, options.template, context.cwd);
  let body: string;
  try {
    body = renderReportMarkdown(template, view, charts);
  } catch (error) {
    if (error instanceof TemplateError)
      throw new UsageError(messages(context.lang).report.errors.template({ message: error.message }));
    throw error;
  }
  const document = reportDocument(view, body, charts, new Date(context.now));
  const output = await renderDocument(document, options.format);
  const notes = view.signature.signer === undefined ? `mou: ${messages(context.lang).agenda.noSigner}\n` : "";

  const done = (stdout: string): CommandOutput => {
    const result = withSkipped(stdout, loaded, context.lang);
    return notes === "" || options.format === "md" ? result : { ...result, stderr: `${notes}${result.stderr ?? ""}` };
  };
  if (options.format === "md" && options.output === undefined) return done(output as string);
  const file = options.output ?? `${agreement.id}-report-${context.asOf}.${options.format}`;
  await writeFileAtomic(resolve(context.cwd, file), output, { overwrite: options.force === true });
  return done(`${file}\n`);
}
