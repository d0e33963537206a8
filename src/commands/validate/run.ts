import type { Context } from "../../context.js";
import { countBySeverity } from "../../core/validation/diagnostic.js";
import { type ReportFormat, reportFormatters } from "../../format/report/index.js";
import { findAgreementFiles } from "../../load/files.js";
import { checkFiles } from "../../load/load-files.js";
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
  const results = await checkFiles(files, { ...context, retain: "none", frames, parallel: true });
  const diagnostics = results.flatMap((r) => r.diagnostics).filter((d) => !options.quiet || d.severity === "error");
  const sources = new Map(
    results.filter((r) => r.text !== undefined && r.diagnostics.length > 0).map((r) => [r.file, r.text!]),
  );
  const report = { files: results.map((r) => r.file), diagnostics, sources };
  const stdout = reportFormatters[options.format](report, {
    lang: context.lang,
    chalk: context.chalk,
    frames,
    version: VERSION,
  });
  return { stdout, exitCode: countBySeverity(diagnostics).errors > 0 ? 1 : 0 };
}
