import type { Context } from "../../context.js";
import { applyEdit } from "../../edit/apply.js";
import { type NewActual, setCommitment } from "../../edit/edits.js";
import { UsageError } from "../../errors.js";
import { messages } from "../../i18n/index.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { agreementFile, findLoaded } from "../find.js";
import { parseDateOption } from "../options.js";
import type { CommandOutput } from "../types.js";
import { parseActuals } from "./actuals.js";

export interface CommitmentSetOptions {
  status?: string;
  due?: string;
  note?: string;
  actual?: string[];
  source?: string;
  date?: string;
  dryRun?: boolean;
  force?: boolean;
}

/** Changes a commitment's status or deadline, notes its progress or records measured values, in its file. */
export async function commitmentSet(
  id: string,
  commitment: string,
  options: CommitmentSetOptions,
  context: Context,
): Promise<CommandOutput> {
  const t = messages(context.lang).measures.edit;
  const texts = options.actual ?? [];
  if (options.status === undefined && options.due === undefined && options.note === undefined && texts.length === 0)
    throw new UsageError(messages(context.lang).common.nothingToChange);
  if (texts.length === 0 && options.source !== undefined) throw new UsageError(t.needsActual({ option: "--source" }));
  const due = options.due === undefined ? undefined : parseDateOption("--due", options.due, context);
  const date = options.date === undefined ? context.asOf : parseDateOption("--date", options.date, context);
  if (date > context.asOf) throw new UsageError(t.dateAfterToday({ date, asOf: context.asOf }));

  let file: string;
  let actuals: NewActual[] = [];
  if (texts.length > 0) {
    const { found, refused } = findLoaded(await loadAgreements(context), id, context.lang);
    if (refused) return refused;
    file = found.file;
    actuals = parseActuals(texts, {
      agreement: found.agreement,
      commitment,
      date,
      lang: context.lang,
      ...(options.source !== undefined ? { source: options.source } : {}),
    });
  } else {
    file = await agreementFile(id, context);
  }
  const change = {
    ...(options.status !== undefined ? { status: options.status } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(actuals.length > 0 ? { actuals } : {}),
    ...(options.note !== undefined ? { note: { date, text: options.note } } : {}),
  };
  return applyEdit(
    {
      file,
      dryRun: options.dryRun === true,
      force: options.force === true,
      change: (text) => setCommitment(text, commitment, change),
    },
    context,
  );
}
