import { resolve } from "node:path";
import type { Context } from "../../context.js";
import { AgendaError, type AgendaView, agendaView } from "../../core/views/agenda.js";
import { registry } from "../../data-units.js";
import { renderAgendaMarkdown, TemplateError } from "../../documents/markdown.js";
import { UsageError } from "../../errors.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { loadAgendaTemplate } from "../../load/templates.js";
import { writeFileAtomic } from "../../load/write.js";
import { findAgreement } from "../find.js";
import { parseDateOption, positiveInteger } from "../options.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export interface AgendaCommandOptions {
  review?: string;
  date?: string;
  place?: string;
  host?: string;
  issuer?: string;
  format: "md" | "pdf";
  output?: string;
  template?: string;
  force?: boolean;
}

export async function agenda(id: string, options: AgendaCommandOptions, context: Context): Promise<CommandOutput> {
  const review = positiveInteger("--review", options.review, context.lang);
  const date = options.date === undefined ? undefined : parseDateOption("--date", options.date, context);
  const loaded = await loadAgreements(context);
  const { agreement } = findAgreement(loaded.agreements, id, context.lang);
  const remind = context.config.remind;
  let view: AgendaView;
  try {
    view = agendaView(agreement, {
      asOf: context.asOf,
      lang: context.lang,
      units: registry,
      ...(remind !== undefined ? { remind } : {}),
      ...(review !== undefined ? { review } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(options.place !== undefined ? { place: options.place } : {}),
      ...(options.host !== undefined ? { host: options.host } : {}),
      ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    });
  } catch (error) {
    if (error instanceof AgendaError) throw new UsageError(`${id}: ${error.message}`);
    throw error;
  }
  const template = await loadAgendaTemplate(context.lang, options.template, context.cwd);
  let markdown: string;
  try {
    markdown = renderAgendaMarkdown(template, view);
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
  const output = options.output ?? `${agreement.id}-review-${view.review.number}.pdf`;
  const { renderPdf } = await import("../../documents/pdf.js");
  const subject =
    context.lang === "vi"
      ? `Chương trình hội nghị đánh giá lần ${view.review.number}`
      : `Programme of review meeting no. ${view.review.number}`;
  const pdf = await renderPdf(markdown, {
    title: view.title,
    subject,
    lang: context.lang === "vi" ? "vi-VN" : "en",
    date: view.review.meeting,
  });
  await writeFileAtomic(resolve(context.cwd, output), pdf, { overwrite });
  return withSkipped(`${output}\n`, loaded, context.lang);
}
