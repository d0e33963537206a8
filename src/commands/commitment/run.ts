import type { Context } from "../../context.js";
import { applyEdit } from "../../edit/apply.js";
import { setCommitment } from "../../edit/edits.js";
import { UsageError } from "../../errors.js";
import { messages } from "../../i18n/index.js";
import { agreementFile } from "../find.js";
import { parseDateOption } from "../options.js";
import type { CommandOutput } from "../types.js";

export interface CommitmentSetOptions {
  status?: string;
  due?: string;
  note?: string;
  dryRun?: boolean;
  force?: boolean;
}

/** Changes a commitment's status or deadline, or notes its progress, in the agreement's file. */
export async function commitmentSet(
  id: string,
  commitment: string,
  options: CommitmentSetOptions,
  context: Context,
): Promise<CommandOutput> {
  if (options.status === undefined && options.due === undefined && options.note === undefined) {
    throw new UsageError(messages(context.lang).common.nothingToChange);
  }
  const due = options.due === undefined ? undefined : parseDateOption("--due", options.due, context);
  const file = await agreementFile(id, context);
  const change = {
    ...(options.status !== undefined ? { status: options.status } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(options.note !== undefined ? { note: { date: context.asOf, text: options.note } } : {}),
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
