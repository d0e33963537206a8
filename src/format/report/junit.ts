import type { Diagnostic } from "../../core/validation/diagnostic.js";
import { escapeXml, escapeXmlAttribute } from "../xml.js";
import type { ReportFormatter } from "./types.js";

const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.code})`;

/**
 * One test case per file. A file with errors fails once (JUnit allows one <failure> per case, and
 * Jenkins, GitLab and junitparser then agree on the count): the message is its first error, the body
 * lists them all. Warnings go to the case's <system-out>.
 */
export const junit: ReportFormatter = ({ files, diagnostics }) => {
  let failures = 0;
  const cases = files.map((file) => {
    const errors = diagnostics.filter((d) => d.file === file && d.severity === "error");
    const warnings = diagnostics.filter((d) => d.file === file && d.severity === "warning");
    const body: string[] = [];
    if (errors.length > 0) {
      failures++;
      const first = errors[0]!;
      const message = errors.length === 1 ? first.message : `${first.message} (+${errors.length - 1})`;
      body.push(
        `      <failure message="${escapeXmlAttribute(message)}" type="${escapeXmlAttribute(first.code)}">` +
          `${escapeXml(errors.map(line).join("\n"))}</failure>\n`,
      );
    }
    if (warnings.length > 0) body.push(`      <system-out>${escapeXml(warnings.map(line).join("\n"))}</system-out>\n`);
    const name = escapeXmlAttribute(file);
    const close = body.length ? `>\n${body.join("")}    </testcase>` : " />";
    return `    <testcase classname="mou" name="${name}"${close}\n`;
  });
  const counts = `tests="${files.length}" failures="${failures}" errors="0"`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="mou" ${counts}>\n` +
    `  <testsuite name="mou" ${counts} skipped="0">\n` +
    cases.join("") +
    `  </testsuite>\n</testsuites>\n`
  );
};
