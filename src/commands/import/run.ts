import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Context } from "../../context.js";
import { applyEdit } from "../../edit/apply.js";
import { UsageError } from "../../errors.js";
import { loadFingerprinted } from "../../exchange/load.js";
import { planImport } from "../../exchange/plan.js";
import type { ImportProblem } from "../../exchange/problems.js";
import { MAX_WORKBOOK_BYTES, readWorkbook, WorkbookRefusal } from "../../exchange/read-workbook.js";
import { messages } from "../../i18n/index.js";
import type { CommandOutput } from "../types.js";
import { checkPlans, guardedEdit } from "./apply-plans.js";

export interface ImportOptions {
  dryRun?: boolean;
  force?: boolean;
}

/** The diffs of several files, one after the other, ending with a line break. */
const joined = (patches: readonly string[]) => patches.map((p) => (p.endsWith("\n") ? p : `${p}\n`)).join("");

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function workbookBytes(file: string, context: Context): Promise<Uint8Array> {
  const m = messages(context.lang).exchange.file;
  const path = resolve(context.cwd, file);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      error.code === "ENOENT" ? m.notFound({ file }) : m.unreadable({ file, reason: error.code ?? "" }),
    );
  });
  if (!info.isFile()) throw new UsageError(m.notRegular({ file }));
  if (info.size > MAX_WORKBOOK_BYTES)
    throw new UsageError(m.tooLarge({ file, size: mib(info.size), limit: mib(MAX_WORKBOOK_BYTES) }));
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(m.unreadable({ file, reason: error.code ?? String(error) }));
  });
}

/** The problems, one line each (`Sheet!H12  error  message  code`), then the count: nothing was written. */
function refused(problems: readonly ImportProblem[], file: string, context: Context): CommandOutput {
  const word = messages(context.lang).common.severity.error;
  const lines = problems.map((p) => `${p.at}  ${word}  ${p.message}  ${p.code}`);
  lines.push(messages(context.lang).exchange.refused({ count: problems.length, file }));
  return { stdout: "", stderr: `${lines.join("\n")}\n`, exitCode: 1 };
}

/**
 * `mou import`: the filled-in rows of a workbook made by `mou export`, applied as edits of the agreement
 * files through the same path as `commitment set` — all of them, or none when any row or file is refused.
 */
export async function importWorkbook(file: string, options: ImportOptions, context: Context): Promise<CommandOutput> {
  const m = messages(context.lang).exchange;
  const bytes = await workbookBytes(file, context);
  // The spreadsheet library is large: it is loaded only when a workbook is read.
  const { default: excel } = await import("exceljs");
  let workbook: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    workbook = await readWorkbook(excel, bytes);
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    const size = { size: mib(bytes.length), limit: mib(MAX_WORKBOOK_BYTES) };
    throw new UsageError(m.file[error.kind]({ file, ...size, ...error.params }));
  }
  const loaded = await loadFingerprinted(context);
  const plan = planImport(workbook, loaded.agreements, loaded.invalidIds, {
    lang: context.lang,
    asOf: context.asOf,
    force: options.force === true,
  });
  if (plan.problems.length > 0) return refused(plan.problems, file, context);
  const notes: string[] = [];
  if (plan.unchanged > 0) notes.push(m.alreadyApplied({ count: plan.unchanged }));
  if (plan.files.length === 0) {
    notes.push(m.nothing({ file }));
    return { stdout: "", stderr: `${notes.join("\n")}\n`, exitCode: 0 };
  }

  // First every file, edited and validated without writing; then, only if all pass, the writes.
  const checked = await checkPlans(plan.files, context);
  if (checked.problems.length > 0) return refused(checked.problems, file, context);
  const rows = plan.files.reduce((n, f) => n + f.rows, 0);
  if (options.dryRun === true) {
    notes.push(m.dryRun({ files: plan.files.length, rows }));
    return { stdout: joined(checked.patches), stderr: `${notes.join("\n")}\n`, exitCode: 0 };
  }
  const written: string[] = [];
  const patches: string[] = [];
  for (const filePlan of plan.files) {
    const outcome = await applyEdit(
      guardedEdit(filePlan, checked.texts.get(filePlan.file)!, context.lang),
      context,
    ).catch((error: unknown) => {
      if (error instanceof UsageError) return { stdout: "", stderr: error.message, exitCode: 1 };
      throw error;
    });
    if (outcome.exitCode !== 0) {
      const reason = (outcome.stderr ?? "")
        .trim()
        .split("\n")[0]!
        .replace(/^mou: /, "");
      const stderr = m.partial({ file: filePlan.file, reason, written: written.join(", ") });
      return { stdout: joined(patches), stderr: `${stderr}\n`, exitCode: 1 };
    }
    written.push(filePlan.file);
    patches.push(outcome.stdout);
  }
  // A few files by name; many by their number (the diffs above name each one).
  notes.push(m.written({ names: written.length <= 3 ? written.join(", ") : "", count: written.length, rows }));
  return { stdout: joined(patches), stderr: `${notes.join("\n")}\n`, exitCode: 0 };
}
