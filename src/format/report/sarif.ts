import { type Code, codes, severityOf } from "../../core/validation/messages.js";
import { messages } from "../../i18n/index.js";
import type { ReportFormatter } from "./types.js";

/** A workspace-relative path as a SARIF artifact URI: forward slashes, each segment percent-encoded. */
const artifactUri = (file: string) => file.split(/[\\/]/).map(encodeURIComponent).join("/");

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning reads: one run of the tool "mou", every code as a
 * rule with its description, one result per diagnostic on its file, line and column. Paths are relative
 * to the folder mou ran in (the repository root, %SRCROOT%); columns count UTF-16 code units, as the
 * positions mou reports do.
 */
export const sarif: ReportFormatter = ({ diagnostics }, { lang, version }) => {
  const descriptions: Record<Code, string> = messages(lang).codes;
  const index = new Map(codes.map((code, i) => [code, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mou",
            version,
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: descriptions[code] },
              defaultConfiguration: { level: severityOf(code) },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: index.get(d.code as Code) ?? -1,
          level: d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(d.file), uriBaseId: "%SRCROOT%" },
                region: { startLine: d.line, startColumn: d.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
