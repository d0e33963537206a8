import { XMLParser } from "fast-xml-parser";
import nodeIcal, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { agreementYaml, runMou, tempFolder } from "../helpers.js";

const dir = "test/fixtures/schedule/agreements";
const mou = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2025-01-01", "--lang", "en", ...args]);

describe("mou due", () => {
  it("gives every active agreement's next review, soonest first (SPEC §4 and §5)", () => {
    const run = mou("due", "--format", "json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      asOf: "2025-01-01",
      reviews: [
        {
          agreement: "missed-2020",
          number: 3,
          due: "2023-01-01",
          state: "overdue",
          days: -731,
          missed: [1],
          file: `${dir}/missed-2020.yaml`,
        },
        {
          agreement: "overdue-2023",
          number: 1,
          due: "2024-01-10",
          state: "overdue",
          days: -357,
          missed: [],
          file: `${dir}/overdue-2023.yaml`,
        },
        {
          agreement: "month-end-2024",
          number: 3,
          due: "2024-04-30",
          state: "overdue",
          days: -246,
          missed: [],
          file: `${dir}/month-end-2024.yaml`,
        },
        {
          agreement: "due-soon-2023",
          number: 1,
          due: "2025-02-15",
          state: "due-soon",
          days: 45,
          missed: [],
          file: `${dir}/due-soon-2023.yaml`,
        },
        {
          agreement: "rolling-2022",
          number: 3,
          due: "2025-06-01",
          state: "scheduled",
          days: 151,
          missed: [],
          file: `${dir}/rolling-2022.yaml`,
        },
        {
          agreement: "scheduled-2024",
          number: 1,
          due: "2026-03-01",
          state: "scheduled",
          days: 424,
          missed: [],
          file: `${dir}/scheduled-2024.yaml`,
        },
      ],
    });
  });

  it("filters with --within and --state", () => {
    const agreements = (...args: string[]) =>
      JSON.parse(mou("due", "--format", "json", ...args).stdout).reviews.map((r: { agreement: string }) => r.agreement);
    expect(agreements("--within", "P45D")).toEqual(["missed-2020", "overdue-2023", "month-end-2024", "due-soon-2023"]);
    expect(agreements("--within", "P44D")).toEqual(["missed-2020", "overdue-2023", "month-end-2024"]);
    expect(agreements("--state", "scheduled")).toEqual(["rolling-2022", "scheduled-2024"]);
  });

  it("prints a table by default", () => {
    expect(mou("due", "--state", "due-soon").stdout).toBe(
      "Agreement      Review  Due         State     Days  Missed\ndue-soon-2023       1  2025-02-15  due soon    45\n",
    );
  });

  // The calendar's library is loaded only for a calendar: the built command must find it.
  it("writes an iCalendar file that a calendar reads, one event per review", () => {
    const run = mou("due", "--format", "ics");
    expect(run.status).toBe(0);
    const events = Object.values(nodeIcal.sync.parseICS(run.stdout)).filter((c) => c?.type === "VEVENT");
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.map((e) => (e as VEvent).uid)).toContain("missed-2020-review-3@mou");
  });

  it("refuses a malformed --within or --state with exit 2", () => {
    expect(mou("due", "--within", "3 months")).toEqual({
      stdout: "",
      stderr:
        "mou: --within must be a duration such as P30D (30 days), P3M (3 months) or P1Y (1 year), not “3 months”\n",
      status: 2,
    });
    expect(mou("due", "--state", "late").status).toBe(2);
  });

  it("skips an invalid file, reports it on stderr, and exits 1", () => {
    const { dir: folder, cleanup } = tempFolder({
      "agreements/ok.yaml": agreementYaml("ok", "review:\n  every: P2Y\n"),
      "agreements/bad.yaml": agreementYaml("bad", "kind: project\n"),
    });
    try {
      const run = runMou(["due", "--format", "json", "--as-of", "2025-01-01", "--lang", "en"], { cwd: folder });
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout).reviews.map((r: { agreement: string }) => r.agreement)).toEqual(["ok"]);
      expect(run.stderr).toBe(
        "agreements/bad.yaml:10:1  error  the key “kind” appears twice in the same map; remove or merge one of them  " +
          "yaml/duplicate-key\nmou: skipped 1 invalid file; run mou validate for details\n",
      );
    } finally {
      cleanup();
    }
  });
});

describe("mou check", () => {
  it("exits 1 on an overdue review and 0 otherwise", () => {
    expect(mou("check").status).toBe(1);
    expect(mou("check", `${dir}/scheduled-2024.yaml`, `${dir}/due-soon-2023.yaml`).status).toBe(0);
    expect(mou("check", `${dir}/due-soon-2023.yaml`, "--fail-on", "due-soon").status).toBe(1);
  });

  it("writes SARIF results on the line of the review: block, and --quiet keeps errors only", () => {
    const results = JSON.parse(mou("check", "--format", "sarif").stdout).runs[0].results;
    const overdue = results.find(
      (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.ruleId === "review/overdue" &&
        r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith("overdue-2023.yaml"),
    );
    expect(overdue.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${dir}/overdue-2023.yaml`, uriBaseId: "%SRCROOT%" },
      region: { startLine: 10, startColumn: 1 },
    });
    const quiet = JSON.parse(mou("check", "--format", "json", "--quiet").stdout).diagnostics;
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((d: { severity: string }) => d.severity === "error")).toBe(true);
  });

  it("writes GitHub annotations that name the file and the line of its review: block", () => {
    const lines = mou("check", "--format", "github").stdout.trimEnd().split("\n");
    expect(lines).toContain(
      `::error file=${dir}/overdue-2023.yaml,line=10,col=1,title=review/overdue::review no. ` +
        `1 was due on 2024-01-10, 357 days ago`,
    );
    expect(lines).toContain(
      `::warning file=${dir}/due-soon-2023.yaml,line=10,col=1,title=review/due-soon::review ` +
        `no. 1 is due on 2025-02-15, in 45 days`,
    );
    expect(lines.filter((l) => l.startsWith("::error"))).toHaveLength(3);
  });

  it("writes JUnit XML that parses, one test case per agreement, failures for overdue", () => {
    const xml = mou("check", "--format", "junit").stdout;
    const suite = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).testsuites.testsuite;
    expect(suite.tests).toBe("8");
    expect(suite.failures).toBe("3");
    const failed = suite.testcase
      .filter((c: { failure?: unknown }) => c.failure)
      .map((c: { name: string }) => c.name.split("/").at(-1));
    expect(failed).toEqual(["missed-2020.yaml", "month-end-2024.yaml", "overdue-2023.yaml"]);
  });

  it("reports validation and reviews in one JSON document", () => {
    const json = JSON.parse(mou("check", "--format", "json").stdout);
    expect(Object.keys(json)).toEqual(["asOf", "diagnostics", "reviews"]);
    expect(json.reviews).toHaveLength(6);
    expect(json.diagnostics.map((d: { code: string }) => d.code).sort()).toEqual([
      "review/due-soon",
      "review/missed",
      "review/overdue",
      "review/overdue",
      "review/overdue",
    ]);
  });

  it("ends its text report with the review counts", () => {
    expect(mou("check").stdout.trimEnd().split("\n").at(-1)).toBe(
      "Reviews: 3 overdue, 1 due soon, 2 scheduled (2025-01-01)",
    );
  });
});
