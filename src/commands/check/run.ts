import type { Context } from "../../context.js";
import { byDueDate, type DueReview } from "../../core/schedule/due.js";
import { checkExitCode, type FailOn, reviewReport } from "../../core/schedule/review-report.js";
import type { ReviewState } from "../../core/schedule/schedule.js";
import { compareDiagnostics, type Diagnostic } from "../../core/validation/diagnostic.js";
import { jsonReview } from "../../format/due/json.js";
import { type ReportFormat, reportFormatters } from "../../format/report/index.js";
import { jsonDiagnostic } from "../../format/report/json.js";
import { messages } from "../../i18n/index.js";
import { findAgreementFiles } from "../../load/files.js";
import { visitFiles } from "../../load/load-files.js";
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
  const remind = context.config.remind;
  const reportOptions = { asOf: context.asOf, lang: context.lang, ...(remind !== undefined ? { remind } : {}) };
  // Each file is reduced, as it is read, to its findings and its next review; only those are kept.
  const names: string[] = [];
  const validation: Diagnostic[] = [];
  const reviews: DueReview[] = [];
  const reviewDiagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  await visitFiles(files, { ...context, retain: "schedule", frames, parallel: true }, (r) => {
    names.push(r.file);
    for (const d of r.diagnostics) validation.push(d);
    if (r.text !== undefined) texts.set(r.file, r.text);
    if (r.agreement === undefined) return;
    const file = { file: r.file, agreement: r.agreement, ...(r.reviewAt ? { reviewAt: r.reviewAt } : {}) };
    const found = reviewReport([file], reportOptions);
    for (const review of found.reviews) reviews.push(review);
    for (const d of found.diagnostics) reviewDiagnostics.push(d);
  });
  reviews.sort(byDueDate);
  const diagnostics = [...validation, ...reviewDiagnostics]
    .filter((d) => !options.quiet || d.severity === "error")
    .sort(compareDiagnostics);
  const exitCode = checkExitCode(validation, reviews, options.failOn);

  if (options.format === "json") {
    const json = { asOf: context.asOf, diagnostics: diagnostics.map(jsonDiagnostic), reviews: reviews.map(jsonReview) };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const named = new Set(diagnostics.map((d) => d.file));
  const sources = new Map([...texts].filter(([file]) => named.has(file)));
  const report = { files: names, diagnostics, sources };
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
