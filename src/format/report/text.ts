import { codeFrameColumns } from "@babel/code-frame";
import type { Diagnostic } from "../../core/validation/diagnostic.js";
import { countBySeverity } from "../../core/validation/diagnostic.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { ReportFormatter, ReportOptions } from "./types.js";

function summary(files: number, errors: number, warnings: number, { lang, chalk }: ReportOptions): string {
  const m = messages(lang).common;
  if (errors === 0 && warnings === 0) return chalk.green(m.summaryClean({ files }));
  const line = m.summary({ errors, warnings, files });
  return errors > 0 ? chalk.red(`✖ ${line}`) : chalk.yellow(`⚠ ${line}`);
}

/** One diagnostic as one plain line, `file:line:col  severity  message  code`, severity in words of `lang`. */
export function diagnosticLine(d: Diagnostic, lang: Lang): string {
  return `${d.file}:${d.line}:${d.column}  ${messages(lang).common.severity[d.severity]}  ${d.message}  ${d.code}`;
}

/** `file:line:col  severity  message  code`, one per line, a code frame under each on a terminal, a summary last. */
export const text: ReportFormatter = (report, options) => {
  const { chalk } = options;
  const out: string[] = [];
  for (const d of report.diagnostics) {
    const word = messages(options.lang).common.severity[d.severity];
    const severity = d.severity === "error" ? chalk.red(word) : chalk.yellow(word);
    out.push(`${chalk.bold(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${chalk.dim(d.code)}`);
    const source = report.sources.get(d.file);
    if (options.frames && source !== undefined) {
      out.push(
        codeFrameColumns(
          source,
          { start: { line: d.line, column: d.column } },
          { highlightCode: false, linesAbove: 1, linesBelow: 1 },
        ),
        "",
      );
    }
  }
  const { errors, warnings } = countBySeverity(report.diagnostics);
  if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  out.push(summary(report.files.length, errors, warnings, options));
  return `${out.join("\n")}\n`;
};
