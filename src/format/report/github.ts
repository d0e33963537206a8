import { terminalText } from "../../core/text/neutral.js";
import type { ReportFormatter } from "./types.js";

// Workflow commands are one line each: the message escapes %, CR and LF; properties also escape : and ,.
// The log that shows them is a terminal too, so the text is cleaned of control characters first.
const escapeData = (s: string): string =>
  terminalText(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const github: ReportFormatter = ({ diagnostics }) =>
  diagnostics
    .map(
      (d) =>
        `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},` +
        `title=${escapeProperty(d.code)}::${escapeData(d.message)}\n`,
    )
    .join("");
