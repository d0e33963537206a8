import { describe, expect, it } from "vitest";
import { runMou, tempFolder } from "../helpers.js";

// Every mistake on the command line: exit 2, one line on stderr, nothing on stdout, no stack trace.
const cases: [string, string[], RegExp][] = [
  ["unknown command, with a suggestion", ["vaildate"], /^mou: unknown command 'vaildate' \(Did you mean validate\?\)$/],
  [
    "unknown option, with a suggestion",
    ["due", "--withn", "P1Y"],
    /^mou: unknown option '--withn' \(Did you mean --within\?\)$/,
  ],
  ["missing option value", ["due", "--within"], /^mou: option '--within <duration>' argument missing$/],
  ["missing argument", ["show"], /^mou: missing required argument 'id'$/],
  ["missing required option", ["review", "add", "x"], /^mou: required option '--date <date>' not specified$/],
  [
    "impossible --as-of",
    ["due", "--as-of", "2023-02-29"],
    /^mou: --as-of must be a real date written YYYY-MM-DD, not "2023-02-29"$/,
  ],
  ["--as-of that is no date", ["due", "--as-of", "tomorrow"], /^mou: --as-of must be a real date/],
  [
    "impossible --date",
    ["agenda", "nghe-an-quang-ngai-2023", "--date", "2025-13-01"],
    /^mou: --date must be a real date/,
  ],
  ["malformed duration", ["due", "--within", "P0D"], /^mou: --within must be a duration/],
  [
    "unknown choice",
    ["due", "--state", "late"],
    /^mou: option '--state <state>' argument 'late' is invalid\. Allowed choices are overdue, due-soon, scheduled\.$/,
  ],
  ["unknown language", ["--lang", "fr", "due"], /^mou: option '--lang <lang>' argument 'fr' is invalid/],
  [
    "unknown agreement id",
    ["show", "nghe-an"],
    /^mou: không có thỏa thuận “nghe-an”; có phải ý bạn là “nghe-an-quang-ngai-2023”\?$/,
  ],
  ["path that does not exist", ["validate", "nope/"], /^mou: path not found: nope\/$/],
  ["glob that matches nothing", ["validate", "agreements/*.yml"], /^mou: no file matches agreements\/\*\.yml$/],
  [
    "agreements folder that does not exist",
    ["--dir", "nope", "list"],
    /^mou: the agreements folder nope does not exist/,
  ],
  ["agreements folder that is a file", ["--dir", "README.md", "due"], /^mou: README\.md is not a folder/],
  [
    "-o into a missing folder",
    ["agenda", "nghe-an-quang-ngai-2023", "-o", "no/such/folder/a.md"],
    /^mou: cannot write .*a\.md: the folder .*folder does not exist$/,
  ],
  [
    "-o onto an existing file without --force",
    ["agenda", "nghe-an-quang-ngai-2023", "-o", "README.md"],
    /README\.md already exists; use --force to replace it$/,
  ],
  [
    "agreement id that could escape the folder",
    ["new", "../../etc/x", "--title", "T", "--signed", "2024-01-01", "--party", "a:A"],
    /^mou: “\.\.\/\.\.\/etc\/x” không dùng được làm mã thỏa thuận: .*, ví dụ etc-x$/,
  ],
];

describe("bad arguments", () => {
  it.each(cases)("%s", (_, args, message) => {
    const run = runMou(["--as-of", "2025-07-01", ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.endsWith("\n")).toBe(true);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it("shows a stack trace only with --debug", () => {
    const { dir, cleanup } = tempFolder({ "mou.config.yaml": "timezone: Mars/Olympus\n" });
    try {
      expect(runMou(["due"], { cwd: dir }).stderr).not.toMatch(/\n\s+at /);
      expect(runMou(["due", "--debug"], { cwd: dir }).stderr).toMatch(
        /^mou: unknown time zone .*\nUsageError: .*\n\s+at /,
      );
    } finally {
      cleanup();
    }
  });
});
