import { readFile } from "node:fs/promises";
import type { Lang } from "../core/diagnostic.js";
import { compareDiagnostics } from "../core/diagnostic.js";
import { formatMessage, severityOf } from "../core/messages.js";
import { duplicateAgreementIds } from "../core/rules.js";
import { type FileResult, checkFile } from "./check.js";
import { displayPath } from "./files.js";

export interface LoadOptions {
  cwd: string;
  asOf: string;
  lang: Lang;
}

async function checkOne(path: string, options: LoadOptions): Promise<FileResult> {
  const file = displayPath(options.cwd, path);
  try {
    return checkFile(file, await readFile(path), options);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const code = "file/unreadable";
    return { file, diagnostics: [{ file, line: 1, column: 1, severity: severityOf(code), code, message: formatMessage(code, { reason }, options.lang), path: "" }] };
  }
}

/** Reads and checks the files, then the rules that span files (agreement ids are unique). */
export async function checkFiles(paths: readonly string[], options: LoadOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const path of paths) results.push(await checkOne(path, options));
  const withIds = results.filter((r) => r.id !== undefined);
  for (const { index, other } of duplicateAgreementIds(withIds.map((r) => ({ file: r.file, id: r.id!.value })))) {
    const result = withIds[index]!;
    const { value: id, line, column } = result.id!;
    const code = "rule/duplicate-agreement-id";
    result.diagnostics.push({ file: result.file, line, column, severity: severityOf(code), code, message: formatMessage(code, { id, other }, options.lang), path: "/id" });
    result.diagnostics.sort(compareDiagnostics);
    delete result.agreement;
  }
  return results;
}
