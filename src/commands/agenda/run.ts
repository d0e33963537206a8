import { resolve } from "node:path";
import type { Context } from "../../context.js";
import { AgendaError, type AgendaView, agendaView } from "../../core/views/agenda.js";
import type { SignerRole } from "../../core/views/agenda-closing.js";
import { parseTimes } from "../../core/views/agenda-times.js";
import { registry } from "../../data-units.js";
import { agendaDocument } from "../../documents/agenda.js";
import { renderAgendaMarkdown, TemplateError } from "../../documents/markdown.js";
import { renderDocument } from "../../documents/render.js";
import { UsageError } from "../../errors.js";
import type { AgendaFormat } from "../../format/formats.js";
import { messages } from "../../i18n/index.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { loadAgendaTemplate } from "../../load/templates.js";
import { writeFileAtomic } from "../../load/write.js";
import { findLoaded } from "../find.js";
import { parseDateOption, positiveInteger } from "../options.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export interface AgendaCommandOptions {
  review?: string;
  date?: string;
  place?: string;
  host?: string;
  issuer?: string;
  signer?: string;
  signerRole?: SignerRole;
  times?: string;
  format: AgendaFormat;
  output?: string;
  template?: string;
  force?: boolean;
}

function times(value: string | undefined, context: Context): string[] | undefined {
  if (value === undefined) return undefined;
  const parsed = parseTimes(value);
  if (parsed === undefined) throw new UsageError(messages(context.lang).agenda.badTimes({ value }));
  return parsed;
}

export async function agenda(id: string, options: AgendaCommandOptions, context: Context): Promise<CommandOutput> {
  const review = positiveInteger("--review", options.review, context.lang);
  const date = options.date === undefined ? undefined : parseDateOption("--date", options.date, context);
  const slots = times(options.times, context);
  const loaded = await loadAgreements(context);
  const { found, refused } = findLoaded(loaded, id, context.lang);
  if (refused) return refused;
  const { agreement } = found;
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
      ...(options.signer !== undefined ? { signer: options.signer } : {}),
      ...(options.signerRole !== undefined ? { signerRole: options.signerRole } : {}),
      ...(slots !== undefined ? { times: slots } : {}),
    });
  } catch (error) {
    if (error instanceof AgendaError) throw new UsageError(`${id}: ${error.message}`);
    throw error;
  }
  const template = await loadAgendaTemplate(context.lang, options.template, context.cwd);
  let body: string;
  try {
    body = renderAgendaMarkdown(template, view);
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(`the template cannot be rendered: ${error.message}`);
    throw error;
  }
  const document = agendaDocument(view, body, new Date(context.now));
  const output = await renderDocument(document, options.format);
  const notes = view.signature.signer === undefined ? `mou: ${messages(context.lang).agenda.noSigner}\n` : "";

  const overwrite = options.force === true;
  const done = (stdout: string): CommandOutput => {
    const result = withSkipped(stdout, loaded, context.lang);
    return notes === "" ? result : { ...result, stderr: `${notes}${result.stderr ?? ""}` };
  };
  if (options.format === "md" && options.output === undefined) return done(output as string);
  const file = options.output ?? `${agreement.id}-review-${view.review.number}.${options.format}`;
  await writeFileAtomic(resolve(context.cwd, file), output, { overwrite, lang: context.lang });
  return done(`${file}\n`);
}
