import type { Diagnostic } from "../../core/validation/diagnostic.js";
import type { ReportFormatter } from "./types.js";

/** A diagnostic as JSON, keys in the documented order. */
export const jsonDiagnostic = ({ file, line, column, severity, code, message, path }: Diagnostic) => ({
  file,
  line,
  column,
  severity,
  code,
  message,
  path,
});

export const json: ReportFormatter = ({ diagnostics }) =>
  `${JSON.stringify({ diagnostics: diagnostics.map(jsonDiagnostic) }, null, 2)}\n`;
