import { escapeXml as x } from "../xml.js";
import type { ReportFormatter } from "./types.js";

/** One test case per file; each error is a failure of it. Warnings go to the case's system-out. */
export const junit: ReportFormatter = ({ files, diagnostics }) => {
  const failing = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const cases = files.map((file) => {
    const own = diagnostics.filter((d) => d.file === file);
    const body = own.map((d) => {
      const text = x(`${d.file}:${d.line}:${d.column} ${d.message} (${d.code})`);
      return d.severity === "error"
        ? `      <failure message="${x(d.message)}" type="${x(d.code)}">${text}</failure>\n`
        : `      <system-out>warning: ${text}</system-out>\n`;
    });
    return (
      `    <testcase classname="mou" ` +
      `name="${x(file)}"${body.length ? `>\n${body.join("")}    </testcase>` : " />"}\n`
    );
  });
  const counts = `tests="${files.length}" failures="${failing.size}" errors="0"`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="mou" ${counts}>\n` +
    `  <testsuite name="mou" ${counts} skipped="0">\n` +
    cases.join("") +
    `  </testsuite>\n</testsuites>\n`
  );
};
