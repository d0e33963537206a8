import { terminalLine } from "../../core/text/neutral.js";
import type { Diagnostic } from "../../core/validation/diagnostic.js";
import { countBySeverity } from "../../core/validation/diagnostic.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import { Lines } from "../../load/yaml/lines.js";
import { codeFrame } from "./frame.js";
import type { ReportFormatter, ReportOptions } from "./types.js";

function summary(files: number, errors: number, warnings: number, { lang, chalk }: ReportOptions): string {
  const m = messages(lang).common;
  if (errors === 0 && warnings === 0) return chalk.green(m.summaryClean({ files }));
  const line = m.summary({ errors, warnings, files });
  return errors > 0 ? chalk.red(`✖ ${line}`) : chalk.yellow(`⚠ ${line}`);
}

type Paint = (text: string) => string;

/**
 * One diagnostic as one line, `file:line:col  severity  message  code`, severity in words of `lang`,
 * cleaned for the terminal: file names and messages carry text from the data. Shared by every command
 * that reports diagnostics on the terminal; `paint` colours its parts.
 */
export function diagnosticLine(
  d: Diagnostic,
  lang: Lang,
  paint: { file?: Paint; severity?: Paint; code?: Paint } = {},
): string {
  const same: Paint = (text) => text;
  const { file = same, severity = same, code = same } = paint;
  const where = file(`${terminalLine(d.file)}:${d.line}:${d.column}`);
  const word = messages(lang).common.severity[d.severity];
  return `${where}  ${severity(word)}  ${terminalLine(d.message)}  ${code(d.code)}`;
}

/** `file:line:col  severity  message  code`, one per line, a code frame under each on a terminal, a summary last. */
export const text: ReportFormatter = (report, options) => {
  const { chalk } = options;
  const out: string[] = [];
  const indexed = new Map<string, Lines>();
  for (const d of report.diagnostics) {
    const tone = d.severity === "error" ? chalk.red : chalk.yellow;
    out.push(diagnosticLine(d, options.lang, { file: chalk.bold, severity: tone, code: chalk.dim }));
    const source = report.sources.get(d.file);
    if (options.frames && source !== undefined) {
      const lines = indexed.get(d.file) ?? new Lines(source);
      indexed.set(d.file, lines);
      out.push(codeFrame(lines, d.line, d.column), "");
    }
  }
  const { errors, warnings } = countBySeverity(report.diagnostics);
  if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  out.push(summary(report.files.length, errors, warnings, options));
  return `${out.join("\n")}\n`;
};
