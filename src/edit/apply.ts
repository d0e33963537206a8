import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { ChalkInstance } from "chalk";
import { createTwoFilesPatch } from "diff";
import type { CommandOutput } from "../commands/types.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { diagnosticLine } from "../format/report/text.js";
import { checkFile } from "../load/check.js";
import { decode } from "../load/decode.js";
import { type WriteOps, writeFileAtomic } from "../load/write.js";
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
}

/**
 * Reads a file, applies an edit to its text, validates the result exactly as `mou validate` would, and
 * writes it atomically with its file mode kept — or refuses (exit 1) and changes nothing: when the result
 * would be invalid, or when the file changed on disk since it was read.
 */
export async function applyEdit(request: EditRequest, context: Context, ops?: WriteOps): Promise<CommandOutput> {
  const path = resolve(context.cwd, request.file);
  const original = await readFile(path);
  const decoded = decode(original);
  if (!decoded.ok) return refuse(`${request.file}: the file is not readable UTF-8 text; fix it first (mou validate)`);
  const hasBom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  let text: string;
  try {
    text = request.change(decoded.text);
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(`${request.file}: ${error.message}`);
    throw error;
  }
  const body = new TextEncoder().encode(text);
  const bytes = hasBom ? Buffer.concat([BOM, body]) : body;
  const result = checkFile(request.file, bytes, { asOf: context.asOf, lang: context.lang });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((d) => diagnosticLine(d));
    return refuse(
      `${lines.join("\n")}\n${context.lang === "vi" ? "mou: không ghi: kết quả sẽ không hợp lệ" : NOT_WRITTEN_INVALID}`,
    );
  }
  // jsdiff starts with "Index:" and a rule; the ---/+++ lines that follow say the same, as git does.
  const unified = createTwoFilesPatch(request.file, request.file, decoded.text, text, undefined, undefined, {
    context: 2,
  }).replace(/^Index: .*\n=+\n/, "");
  const patch = colourDiff(unified, context.chalk);
  if (request.dryRun) return { stdout: patch, exitCode: 0 };

  const now = await readFile(path);
  if (!now.equals(original))
    return refuse(`mou: not written: ${request.file} changed on disk while it was being edited; run the command again`);
  const mode = (await stat(path)).mode & 0o7777;
  await writeFileAtomic(path, bytes, { overwrite: true, mode }, ops);
  return { stdout: patch, exitCode: 0 };
}

const NOT_WRITTEN_INVALID = "mou: not written: the result would be invalid";

function refuse(message: string): CommandOutput {
  return { stdout: "", stderr: `${message}\n`, exitCode: 1 };
}
