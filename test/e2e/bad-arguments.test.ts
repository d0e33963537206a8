import { describe, expect, it } from "vitest";
import { runMou, tempFolder } from "../helpers.js";

// Every mistake on the command line: exit 2, one line on stderr, nothing on stdout, no stack trace.
const cases: [string, string[], RegExp][] = [
  [
    "unknown command, with a suggestion",
    ["vaildate"],
    /^mou: không có lệnh “vaildate”; có phải validate không\? \(xem danh sách lệnh bằng mou --help\)$/,
  ],
  [
    "unknown option, with a suggestion",
    ["due", "--withn", "P1Y"],
    /^mou: không có tùy chọn --withn; có phải --within không\?$/,
  ],
  ["missing option value", ["due", "--within"], /^mou: tùy chọn --within <thời gian> cần có giá trị$/],
  ["missing argument", ["show"], /^mou: thiếu đối số <mã>$/],
  ["missing required option", ["review", "add", "x"], /^mou: thiếu tùy chọn bắt buộc --date <ngày>$/],
  [
    "impossible --as-of",
    ["due", "--as-of", "2023-02-29"],
    /^mou: --as-of phải là ngày có thật, viết YYYY-MM-DD \(hoặc ngày\/tháng\/năm, .*\), không phải “2023-02-29”$/,
  ],
  ["--as-of that is no date", ["due", "--as-of", "tomorrow"], /^mou: --as-of phải là ngày có thật/],
  ["impossible day/month/year", ["due", "--as-of", "31/2/2025"], /^mou: --as-of phải là ngày có thật/],
  [
    "impossible --date",
    ["agenda", "nghe-an-quang-ngai-2023", "--date", "2025-13-01"],
    /^mou: --date phải là ngày có thật/,
  ],
  ["malformed duration", ["due", "--within", "P0D"], /^mou: --within phải là khoảng thời gian như P30D/],
  [
    "unknown choice",
    ["due", "--state", "late"],
    /^mou: giá trị “late” của --state <trạng thái> không hợp lệ: “late” .* overdue, due-soon, scheduled$/,
  ],
  [
    "unknown status word",
    ["commitments", "--status", "xong roi"],
    /^mou: giá trị “xong roi” của --status <tiến độ> không hợp lệ: “xong roi” không nằm trong .*not-started, /,
  ],
  ["unknown language", ["--lang", "fr", "due"], /^mou: giá trị “fr” của --lang <ngôn ngữ> không hợp lệ/],
  [
    "unknown agreement id",
    ["show", "nghe-an"],
    /^mou: không có thỏa thuận “nghe-an”; có lẽ định viết “nghe-an-quang-ngai-2023”$/,
  ],
  ["path that does not exist", ["validate", "nope/"], /^mou: không tìm thấy đường dẫn nope\/$/],
  [
    "glob that matches nothing",
    ["validate", "agreements/*.yml"],
    /^mou: không có tệp nào khớp với agreements\/\*\.yml$/,
  ],
  ["agreements folder that does not exist", ["--dir", "nope", "list"], /^mou: thư mục thỏa thuận nope không tồn tại/],
  ["agreements folder that is a file", ["--dir", "README.md", "due"], /^mou: README\.md không phải thư mục/],
  [
    "-o into a missing folder",
    ["agenda", "nghe-an-quang-ngai-2023", "-o", "no/such/folder/a.md"],
    /^mou: không ghi được .*a\.md: thư mục .*folder không tồn tại$/,
  ],
  [
    "-o onto an existing file without --force",
    ["agenda", "nghe-an-quang-ngai-2023", "-o", "README.md"],
    /README\.md đã có; dùng --force để ghi đè$/,
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

  // The same mistakes in English, chosen by --lang, by mou.config.yaml or by the locale.
  it.each<[string[], Record<string, string>, RegExp]>([
    [["--lang", "en", "vaildate"], {}, /^mou: unknown command “vaildate”; did you mean validate\? \(mou --help lists/],
    [["--lang=en", "show"], {}, /^mou: missing the argument <id>$/],
    [["due", "--within", "P0D"], { LANG: "en_US.UTF-8" }, /^mou: --within must be a duration such as P30D/],
    [
      ["due", "--state", "late"],
      { LC_ALL: "en_GB.UTF-8", LANG: "vi_VN.UTF-8" },
      /^mou: the value “late” of --state <state>/,
    ],
    [["due", "--state", "late"], { LC_ALL: "vi_VN.UTF-8", LANG: "en_US.UTF-8" }, /^mou: giá trị “late” của --state/],
  ])("in English too: %j with %j", (args, env, message) => {
    const run = runMou(args, { env });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it("reads a date written the way offices write it, and says how it read it", () => {
    const run = runMou(["--as-of", "24/7/2025", "due", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe("2025-07-24");
    expect(run.stderr).toBe("mou: --as-of 24/7/2025 được hiểu là ngày 2025-07-24\n");
  });

  it("shows a stack trace only with --debug", () => {
    const { dir, cleanup } = tempFolder({ "mou.config.yaml": "timezone: Mars/Olympus\n" });
    try {
      expect(runMou(["due"], { cwd: dir }).stderr).not.toMatch(/\n\s+at /);
      expect(runMou(["due", "--debug"], { cwd: dir }).stderr).toMatch(
        /^mou: múi giờ “Mars\/Olympus” trong mou.config.yaml không hợp lệ.*\nUsageError: .*\n\s+at /,
      );
    } finally {
      cleanup();
    }
  });
});
