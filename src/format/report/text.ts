import { codeFrameColumns } from "@babel/code-frame";
import { countBySeverity } from "../../core/validation/diagnostic.js";
import type { ReportFormatter, ReportOptions } from "./types.js";

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
  for (const d of report.diagnostics) {
    const severity = d.severity === "error" ? chalk.red(d.severity) : chalk.yellow(d.severity);
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
