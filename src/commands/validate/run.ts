import type { Context } from "../../context.js";
import { countBySeverity, type Diagnostic } from "../../core/validation/diagnostic.js";
import { type ReportFormat, reportFormatters } from "../../format/report/index.js";
import { findAgreementFiles } from "../../load/files.js";
import { visitFiles } from "../../load/load-files.js";
import { VERSION } from "../../version.js";
import type { CommandOutput } from "../types.js";

export interface ValidateOptions {
  format: ReportFormat;
  /** Errors only: warnings are neither printed nor counted. */
  quiet?: boolean;
}

export async function validate(
  paths: readonly string[],
  options: ValidateOptions,
  context: Context,
): Promise<CommandOutput> {
  const files = await findAgreementFiles(paths.length > 0 ? paths : [context.dir], context.cwd, context.lang);
  // The text of a file is kept only for the code frames a terminal shows.
  const frames = context.tty && options.format === "text";
  // Each file is reduced, as it is read, to its findings (and its text, for a code frame).
  const names: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  await visitFiles(files, { ...context, retain: "none", frames, parallel: true }, (r) => {
    names.push(r.file);
    let shown = false;
    for (const d of r.diagnostics)
      if (!options.quiet || d.severity === "error") {
        diagnostics.push(d);
        shown = true;
      }
    if (shown && r.text !== undefined) sources.set(r.file, r.text);
  });
  const report = { files: names, diagnostics, sources };
  const stdout = reportFormatters[options.format](report, {
    lang: context.lang,
    chalk: context.chalk,
    frames,
    version: VERSION,
  });
  return { stdout, exitCode: countBySeverity(diagnostics).errors > 0 ? 1 : 0 };
}
