import type { Context } from "../../context.js";
import { checkExitCode, type FailOn, reviewReport } from "../../core/schedule/review-report.js";
import type { ReviewState } from "../../core/schedule/schedule.js";
import { compareDiagnostics } from "../../core/validation/diagnostic.js";
import { jsonReview } from "../../format/due/json.js";
import { type ReportFormat, reportFormatters } from "../../format/report/index.js";
import { jsonDiagnostic } from "../../format/report/json.js";
import { messages } from "../../i18n/index.js";
import { findAgreementFiles } from "../../load/files.js";
import { checkFiles } from "../../load/load-files.js";
import { VERSION } from "../../version.js";
import type { CommandOutput } from "../types.js";

export interface CheckOptions {
  format: ReportFormat;
  failOn: FailOn;
  /** Errors only: warnings (due-soon and missed reviews, overdue commitments) are not printed. */
  quiet?: boolean;
}

/** Validation and review states in one report, for CI. */
export async function check(paths: readonly string[], options: CheckOptions, context: Context): Promise<CommandOutput> {
  const files = await findAgreementFiles(paths.length > 0 ? paths : [context.dir], context.cwd, context.lang);
  // The text of a file is kept only for the code frames a terminal shows.
  const frames = context.tty && options.format === "text";
  const results = await checkFiles(files, { ...context, retain: "schedule", frames, parallel: true });
  const valid = results.flatMap((r) =>
    r.agreement ? [{ file: r.file, agreement: r.agreement, ...(r.reviewAt ? { reviewAt: r.reviewAt } : {}) }] : [],
  );
  const validation = results.flatMap((r) => r.diagnostics);
  const { reviews, diagnostics: reviewDiagnostics } = reviewReport(valid, {
    asOf: context.asOf,
    lang: context.lang,
    ...(context.config.remind !== undefined ? { remind: context.config.remind } : {}),
  });
  const diagnostics = [...validation, ...reviewDiagnostics]
    .filter((d) => !options.quiet || d.severity === "error")
    .sort(compareDiagnostics);
  const exitCode = checkExitCode(validation, reviews, options.failOn);

  if (options.format === "json") {
    const json = { asOf: context.asOf, diagnostics: diagnostics.map(jsonDiagnostic), reviews: reviews.map(jsonReview) };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const named = new Set(diagnostics.map((d) => d.file));
  const sources = new Map(
    results.filter((r) => r.text !== undefined && named.has(r.file)).map((r) => [r.file, r.text!]),
  );
  const report = { files: results.map((r) => r.file), diagnostics, sources };
  let stdout = reportFormatters[options.format](report, {
    lang: context.lang,
    chalk: context.chalk,
    frames,
    version: VERSION,
  });
  if (options.format === "text") {
    const labels = messages(context.lang).labels.reviewState;
    const count = (state: ReviewState) => `${reviews.filter((r) => r.state === state).length} ${labels[state]}`;
    const counts = { overdue: count("overdue"), dueSoon: count("due-soon"), scheduled: count("scheduled") };
    stdout += `${messages(context.lang).common.reviewCounts({ ...counts, asOf: context.asOf })}\n`;
  }
  return { stdout, exitCode };
}
