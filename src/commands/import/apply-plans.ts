import type { Context } from "../../context.js";
import { applyEdit, type EditRequest } from "../../edit/apply.js";
import { type CommitmentChange, setCommitment } from "../../edit/edits.js";
import { EditError } from "../../edit/text-edit.js";
import { UsageError } from "../../errors.js";
import { fingerprint } from "../../exchange/keys.js";
import type { FilePlan } from "../../exchange/plan.js";
import type { ImportProblem } from "../../exchange/problems.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { CommandOutput, TextOutput } from "../types.js";

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Whether the text is what the bytes of that fingerprint decode to (with or without a byte order mark). */
function sameVersion(text: string, print: string): boolean {
  const body = new TextEncoder().encode(text);
  return fingerprint(body) === print || fingerprint(Buffer.concat([BOM, body])) === print;
}

const applyAll = (text: string, changes: readonly { commitment: string; change: CommitmentChange }[]) =>
  changes.reduce((current, { commitment, change }) => setCommitment(current, commitment, change), text);

/** A file's text as it was checked, and the text its edits made of it. */
export interface Checked {
  before: string;
  after: string;
}

/**
 * The edit of one file, applied only to the very text that was checked (so its result is the one already
 * made): a file changed by someone else between the check and the write is refused rather than edited
 * unseen.
 */
export function guardedEdit(plan: FilePlan, checked: Checked, lang: Lang): EditRequest {
  return {
    file: plan.file,
    dryRun: false,
    change: (text) => {
      if (text !== checked.before) throw new EditError(messages(lang).exchange.changedWhileImporting);
      return checked.after;
    },
  };
}

async function tryEdit(request: EditRequest, context: Context): Promise<TextOutput> {
  try {
    return await applyEdit(request, context);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: "", stderr: error.message, exitCode: 2 };
    throw error;
  }
}

const firstLine = (output: CommandOutput) =>
  (output.stderr ?? "")
    .trim()
    .split("\n")[0]!
    .replace(/^mou: /, "");

/**
 * The validator's first finding, from a refused edit's `file:line:col  severity  message  code` line, as
 * "message (file:line:col, code)", so that a row's problem reads as one sentence.
 */
function finding(output: CommandOutput): string {
  const line = firstLine(output);
  const parts = line.split("  ");
  return parts.length >= 4 ? `${parts.slice(2, -1).join("  ")} (${parts[0]}, ${parts.at(-1)})` : line;
}

/**
 * Every file's edits made and validated exactly as `commitment set` does, writing nothing: the diffs, the
 * texts they were made on, and — when the result would be invalid — problems naming the rows that make
 * it so (each row is tried alone to find them).
 */
export async function checkPlans(plans: readonly FilePlan[], context: Context) {
  const m = messages(context.lang).exchange.problems;
  const patches: string[] = [];
  const texts = new Map<string, Checked>();
  const problems: ImportProblem[] = [];
  for (const plan of plans) {
    let seen: Checked | undefined;
    const outcome = await tryEdit(
      {
        file: plan.file,
        dryRun: true,
        change: (text) => {
          // The rows were planned on the version read at the start of the import.
          if (!sameVersion(text, plan.fingerprint))
            throw new EditError(messages(context.lang).exchange.changedWhileImporting);
          seen = { before: text, after: applyAll(text, plan.changes) };
          return seen.after;
        },
      },
      context,
    );
    if (outcome.exitCode === 0 && seen !== undefined) {
      patches.push(outcome.stdout);
      texts.set(plan.file, seen);
      continue;
    }
    if (outcome.exitCode === 2) {
      problems.push({
        at: plan.file,
        code: "import/cannot-apply",
        message: m.cannotApply({ message: firstLine(outcome) }),
      });
      continue;
    }
    const culprits: ImportProblem[] = [];
    for (const { commitment, rows } of plan.changes)
      for (const row of rows) {
        const alone = await tryEdit(
          { file: plan.file, dryRun: true, change: (text) => setCommitment(text, commitment, row.change) },
          context,
        );
        if (alone.exitCode !== 0)
          culprits.push({
            at: row.update.cell,
            code: "import/invalid-result",
            message: m.invalidResult({ message: finding(alone) }),
          });
      }
    problems.push(
      ...(culprits.length > 0
        ? culprits
        : [
            {
              at: plan.file,
              code: "import/invalid-result" as const,
              message: m.invalidResult({ message: finding(outcome) }),
            },
          ]),
    );
  }
  return { patches, texts, problems };
}
