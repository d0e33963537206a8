import sarifSchema from "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json" with { type: "json" };
import AjvDraft04 from "ajv-draft-04";
import { Chalk } from "chalk";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/validation/diagnostic.js";
import { reportFormatters } from "../../src/format/report/index.js";
import type { ValidationReport } from "../../src/format/report/types.js";

const diagnostics: Diagnostic[] = [
  {
    file: "agreements/a,b.yaml",
    line: 4,
    column: 1,
    severity: "error",
    code: "schema/unknown-key",
    message: "unknown key “singed”; did you mean “signed”?",
    path: "/singed",
  },
  {
    file: "agreements/a,b.yaml",
    line: 9,
    column: 10,
    severity: "warning",
    code: "rule/commitment-overdue",
    message: '100% <done> & "late"\nsecond line',
    path: "/commitments/0/due",
  },
];
const report: ValidationReport = {
  files: ["agreements/a,b.yaml", "agreements/ok.yaml"],
  diagnostics,
  sources: new Map([["agreements/a,b.yaml", "id: a\ntitle: T\nkind: mou\nsinged: 2023-07-24\n"]]),
};
const options = { lang: "en" as const, chalk: new Chalk({ level: 0 }), frames: false, version: "1.2.3" };

describe("report formats", () => {
  it("json: the SPEC shape, nothing else", () => {
    const parsed = JSON.parse(reportFormatters.json(report, options));
    expect(Object.keys(parsed)).toEqual(["diagnostics"]);
    expect(parsed.diagnostics[0]).toEqual(diagnostics[0]);
    expect(Object.keys(parsed.diagnostics[0])).toEqual([
      "file",
      "line",
      "column",
      "severity",
      "code",
      "message",
      "path",
    ]);
  });

  it("text: one line per diagnostic, then a summary", () => {
    const lines = reportFormatters.text(report, options).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "agreements/a,b.yaml:4:1  error  unknown key “singed”; did you mean “signed”?  schema/unknown-key",
    );
    expect(lines.at(-1)).toBe("✖ 1 error, 1 warning in 2 files checked");
    expect(reportFormatters.text({ ...report, diagnostics: [] }, { ...options, lang: "vi" }).trim()).toBe(
      "✔ Đã kiểm tra 2 tệp: không có lỗi",
    );
  });

  it("text: a code frame under each diagnostic on a terminal", () => {
    const out = reportFormatters.text(report, { ...options, frames: true });
    expect(out).toContain("> 4 | singed: 2023-07-24\n    | ^");
  });

  it("github: one workflow command per line, properties and data escaped", () => {
    const lines = reportFormatters.github(report, options).trimEnd().split("\n");
    expect(lines).toEqual([
      "::error file=agreements/a%2Cb.yaml,line=4,col=1,title=schema/unknown-key::unknown " +
        "key “singed”; did you mean “signed”?",
      "::warning file=agreements/a%2Cb.yaml,line=9,col=10,title=rule/commitment-overdue::" +
        '100%25 <done> & "late"%0Asecond line',
    ]);
  });

  it("junit: well-formed XML, one test case per file, errors as failures", () => {
    const xml = reportFormatters.junit(report, options);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    const suite = parsed.testsuites.testsuite;
    expect(suite).toMatchObject({ tests: "2", failures: "1", errors: "0" });
    expect(suite.testcase.map((c: { name: string }) => c.name)).toEqual(["agreements/a,b.yaml", "agreements/ok.yaml"]);
    expect(suite.testcase[0].failure.type).toBe("schema/unknown-key");
    expect(suite.testcase[0]["system-out"]).toContain('100% <done> & "late"');
    expect(suite.testcase[1].failure).toBeUndefined();
  });
});

describe("report formats, read by their consumers", () => {
  const many: ValidationReport = {
    ...report,
    diagnostics: [
      ...diagnostics,
      { ...diagnostics[0]!, line: 7, code: "schema/type", message: "two\nlines\r\nand\ta tab" },
      { ...diagnostics[0]!, file: "agreements/ok.yaml", line: 2 },
    ],
  };

  it("junit: as many failures as <failure> elements, line breaks in attributes kept", () => {
    const xml = reportFormatters.junit(many, options);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    const suite = parsed.testsuites.testsuite;
    const failing = suite.testcase.filter((c: { failure?: unknown }) => c.failure !== undefined);
    expect(Number(suite.failures)).toBe(failing.length);
    expect(Number(parsed.testsuites.failures)).toBe((xml.match(/<failure /g) ?? []).length);
    expect(failing[0].failure["#text"]).toContain("agreements/a,b.yaml:7:1 error two\nlines");
    const single = reportFormatters.junit({ ...many, diagnostics: [many.diagnostics[2]!] }, options);
    const message = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", htmlEntities: true }).parse(
      single,
    ).testsuites.testsuite.testcase[0].failure.message;
    expect(message).toBe("two\nlines\r\nand\ta tab");
  });

  it("sarif: valid SARIF 2.1.0, one result per diagnostic on its file, line and column", () => {
    const log = JSON.parse(reportFormatters.sarif(many, options));
    const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(
      sarifSchema,
    );
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "mou", version: "1.2.3" });
    expect(run.results).toHaveLength(4);
    expect(run.results[0]).toMatchObject({
      ruleId: "schema/unknown-key",
      level: "error",
      message: { text: "unknown key “singed”; did you mean “signed”?" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "agreements/a%2Cb.yaml", uriBaseId: "%SRCROOT%" },
            region: { startLine: 4, startColumn: 1 },
          },
        },
      ],
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });
});
