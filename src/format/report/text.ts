import { terminalLine } from "../../core/text/sanitize.js";
import type { Diagnostic } from "../../core/validation/diagnostic.js";
import { countBySeverity } from "../../core/validation/diagnostic.js";
import { Lines } from "../../load/yaml/lines.js";
import { codeFrame } from "./frame.js";
import type { ReportFormatter, ReportOptions } from "./types.js";

/**
 * `file:line:col  severity  message  code` on one line, cleaned for the terminal: file names and
 * messages carry text from the data. Shared by every command that reports diagnostics on the terminal.
 */
type Paint = (text: string) => string;

export function diagnosticLine(d: Diagnostic, paint: { file?: Paint; severity?: Paint; code?: Paint } = {}): string {
  const same: Paint = (text) => text;
  const { file = same, severity = same, code = same } = paint;
  const where = file(`${terminalLine(d.file)}:${d.line}:${d.column}`);
  return `${where}  ${severity(d.severity)}  ${terminalLine(d.message)}  ${code(d.code)}`;
}

function summary(files: number, errors: number, warnings: number, { lang, chalk }: ReportOptions): string {
  const vi = lang === "vi";
  if (errors === 0 && warnings === 0) {
    return chalk.green(
      vi
        ? `✔ Đã kiểm tra ${files} tệp: không có lỗi`
        : `✔ ${files} ${files === 1 ? "file" : "files"} checked: no problems`,
    );
  }
  const parts = vi
    ? [`${errors} lỗi`, `${warnings} cảnh báo`]
    : [`${errors} ${errors === 1 ? "error" : "errors"}`, `${warnings} ${warnings === 1 ? "warning" : "warnings"}`];
  const line = vi
    ? `${parts.join(", ")} trong ${files} tệp đã kiểm tra`
    : `${parts.join(", ")} in ${files} ${files === 1 ? "file" : "files"} checked`;
  return errors > 0 ? chalk.red(`✖ ${line}`) : chalk.yellow(`⚠ ${line}`);
}

/** `file:line:col  severity  message  code`, one per line, a code frame under each on a terminal, a summary last. */
export const text: ReportFormatter = (report, options) => {
  const { chalk } = options;
  const out: string[] = [];
  const indexed = new Map<string, Lines>();
  for (const d of report.diagnostics) {
    const tone = d.severity === "error" ? chalk.red : chalk.yellow;
    out.push(diagnosticLine(d, { file: chalk.bold, severity: tone, code: chalk.dim }));
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
