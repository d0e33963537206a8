import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ChalkInstance } from "chalk";
import type { TextOutput } from "../commands/types.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { diagnosticLine } from "../format/report/text.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { checkFile } from "../load/check.js";
import { decode, MAX_FILE_BYTES } from "../load/decode.js";
import { ReadProblem, readRegularFile, TooLarge } from "../load/read-file.js";
import { sweepTemporaries, type WriteOps, writeFileAtomic, writeTarget } from "../load/write.js";
import { editDiff } from "./diff.js";
import { LockBusy, withFileLock } from "./lock.js";
import { EditError } from "./text-edit.js";

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function colourDiff(patch: string, chalk: ChalkInstance): string {
  return patch
    .split("\n")
    .map((line) =>
      line.startsWith("+") && !line.startsWith("+++")
        ? chalk.green(line)
        : line.startsWith("-") && !line.startsWith("---")
          ? chalk.red(line)
          : line.startsWith("@@")
            ? chalk.cyan(line)
            : line,
    )
    .join("\n");
}

export interface EditRequest {
  /** The file as shown to the user (relative to the working folder). */
  file: string;
  /** Computes the new text from the current one; throws EditError when the edit does not apply. */
  change: (text: string) => string;
  dryRun: boolean;
  /** Edit even a read-only file, one with other hard links, or one owned by another user. */
  force?: boolean;
}

/** Why an edit would harm the file beyond its text, unless the user insists (--force). */
function harm(file: string, stats: Stats, lang: Lang): string | undefined {
  const t = messages(lang).access;
  const writable = (stats.mode & 0o222) !== 0 && canWrite(stats);
  if (!writable) return t.readOnly({ file });
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && stats.uid !== uid) return t.otherOwner({ file, owner: stats.uid });
  if (stats.nlink > 1) return t.hardLinks({ file, links: stats.nlink });
  return undefined;
}

function canWrite(stats: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return true;
  if (stats.uid === uid) return (stats.mode & 0o200) !== 0;
  if (process.getgroups?.().includes(stats.gid) || process.getgid?.() === stats.gid) return (stats.mode & 0o020) !== 0;
  return (stats.mode & 0o002) !== 0;
}

/**
 * Reads a file, applies an edit to its text, validates the result exactly as `mou validate` would, and
 * writes it atomically with its mode, owner and group kept — or refuses (exit 1) and changes nothing:
 * when the result would be invalid, when the file changed on disk since it was read, when another edit
 * keeps it busy, or (without --force) when the file is read-only, has other hard links or belongs to
 * another user. Edits of one file take turns under a lock (lock.ts), so none is ever lost.
 */
export async function applyEdit(request: EditRequest, context: Context, ops?: WriteOps): Promise<TextOutput> {
  const { lang } = context;
  // A symbolic link is followed: its target is edited, and the link stays.
  const { path, stats } = await writeTarget(resolve(context.cwd, request.file), lang);
  if (stats === undefined)
    throw new UsageError(
      messages(lang).access.cannotWrite({
        path: request.file,
        reason: messages(lang).access.unreadable({ kind: "error", code: "ENOENT" }),
      }),
    );
  if (!request.dryRun && !request.force) {
    const reason = harm(request.file, stats, lang);
    if (reason) return refuse(`mou: ${reason}`);
  }
  try {
    return await withFileLock(path, async () => {
      await sweepTemporaries(dirname(path));
      return edit(path, request, context, ops);
    });
  } catch (error) {
    if (!(error instanceof LockBusy)) throw error;
    const holder = error.holder;
    const seconds = holder ? Math.max(0, Math.round((Date.now() - holder.at) / 1000)) : 0;
    return refuse(`mou: ${messages(lang).access.busy({ file: request.file, pid: holder?.pid ?? 0, seconds })}`);
  }
}

function read(path: string): Uint8Array | undefined {
  try {
    return readRegularFile(path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof ReadProblem || error instanceof TooLarge) return undefined;
    throw error;
  }
}

async function edit(path: string, request: EditRequest, context: Context, ops?: WriteOps): Promise<TextOutput> {
  const original = read(path);
  const decoded = original && decode(original);
  if (!original || !decoded?.ok) return refuse(messages(context.lang).edit.notReadable({ file: request.file }));
  const hasBom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  let text: string;
  try {
    text = request.change(decoded.text);
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(`${request.file}: ${error.in(context.lang)}`);
    throw error;
  }
  const body = new TextEncoder().encode(text);
  const bytes = hasBom ? Buffer.concat([BOM, body]) : body;
  const result = checkFile(request.file, bytes, { asOf: context.asOf, lang: context.lang });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((d) => diagnosticLine(d, context.lang));
    return refuse(`${lines.join("\n")}\n${messages(context.lang).edit.invalidResult}`);
  }
  const patch = colourDiff(editDiff(request.file, decoded.text, text), context.chalk);
  if (request.dryRun) return { stdout: patch, exitCode: 0 };

  // Another mou waits for the lock; an editor or a script does not, so look once more before writing.
  const now = read(path);
  if (!now || !Buffer.from(now).equals(Buffer.from(original)))
    return refuse(messages(context.lang).edit.changedOnDisk({ file: request.file }));
  const current = await stat(path);
  await writeFileAtomic(path, bytes, { overwrite: true, keep: current, lang: context.lang }, ops);
  return { stdout: patch, exitCode: 0 };
}

function refuse(message: string): TextOutput {
  return { stdout: "", stderr: `${message}\n`, exitCode: 1 };
}
