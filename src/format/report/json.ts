import type { ReportFormatter } from "./types.js";

export const json: ReportFormatter = ({ diagnostics }) =>
  JSON.stringify(
    {
      diagnostics: diagnostics.map(({ file, line, column, severity, code, message, path }) => ({ file, line, column, severity, code, message, path })),
    },
    null,
    2,
  ) + "\n";
