import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementYaml, root, runMou, tempFolder } from "../helpers.js";

const fixtures = "test/fixtures/diagnostics";
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

/** Each run as it would look in a terminal session: command, exit code, stdout and stderr. */
function transcript(runs: [string[], string?][]): string {
  return runs
    .map(([args, cwd]) => {
      const { stdout, stderr, status } = runMou(args, { cwd: cwd ?? root });
      const block = (label: string, text: string) => (text ? [label, "```", text.trimEnd(), "```"] : []);
      return [
        `$ mou ${args.join(" ")}`,
        `exit ${status}`,
        ...block("stdout:", stdout),
        ...block("stderr:", stderr),
        "",
      ].join("\n");
    })
    .join("\n");
}

describe("mou (built binary)", () => {
  it("prints its version", () => {
    expect(runMou(["--version"])).toEqual({ stdout: `${version}\n`, stderr: "", status: 0 });
  });

  it("validates the bundled agreements cleanly", () => {
    expect(runMou(["validate", "--as-of", "2025-06-30"])).toEqual({
      stdout: "✔ Đã kiểm tra 5 tệp: không có lỗi\n",
      stderr: "",
      status: 0,
    });
    // Since the 2025 reorganisation two parties answer to a successor: warnings, not errors.
    const now = runMou(["validate", "--as-of", "2026-11-22"]);
    expect(now.status).toBe(0);
    expect(now.stdout.trimEnd().split("\n").at(-1)).toBe("⚠ 0 lỗi, 2 cảnh báo trong 5 tệp đã kiểm tra");
  });

  it("reads like this in a terminal session", async () => {
    const text = transcript([
      [["validate", `${fixtures}/schema-unknown-key`, "--as-of", "2025-01-01", "--lang", "en"]],
      [["--lang", "vi", "validate", `${fixtures}/schema-enum`]],
      [["validate", "--format", "github", `${fixtures}/rule-unknown-party`, "--lang", "en"]],
      [["validate", `${fixtures}/file-not-utf8`, "--lang", "en"]],
      [["validate", "--dir", `${fixtures}/valid-nfd`]],
      [["validate", "no/such/folder"]],
      [["validate", "--format", "xml"]],
      [["valdate"]],
      [["validate", "--as-of", "2023-02-30"]],
      [["--bogus"]],
    ]);
    await expect(text).toMatchFileSnapshot("./__snapshots__/cli.md");
  });

  it("accepts the global options before or after the command", () => {
    const before = runMou(["--as-of", "2025-01-01", "--lang", "en", "validate", `${fixtures}/rule-review-after-as-of`]);
    const after = runMou(["validate", `${fixtures}/rule-review-after-as-of`, "--as-of", "2025-01-01", "--lang", "en"]);
    expect(before).toEqual(after);
    expect(before.status).toBe(1);
    expect(runMou(["validate", `${fixtures}/rule-review-after-as-of`, "--as-of", "2025-01-02"]).status).toBe(0);
  });

  it("writes JSON diagnostics to stdout and exits 1 on errors", () => {
    const run = runMou(["validate", `${fixtures}/schema-date`, "--format", "json", "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).diagnostics[0]).toEqual({
      file: `${fixtures}/schema-date/dates.yaml`,
      line: 10,
      column: 12,
      severity: "error",
      code: "schema/date",
      message: "“2023-02-30” is not a calendar date written YYYY-MM-DD",
      path: "/effective",
    });
  });

  it("exits 0 when there are only warnings", () => {
    expect(runMou(["validate", `${fixtures}/rule-expired-active`, "--as-of", "2025-01-01"]).status).toBe(0);
  });

  it("validates glob patterns", () => {
    const run = runMou(["validate", `${fixtures}/schema-*/*.yaml`, "--format", "json"]);
    expect(run.status).toBe(1);
    const files = new Set(JSON.parse(run.stdout).diagnostics.map((d: { file: string }) => d.file.split("/")[3]));
    expect([...files].every((f) => String(f).startsWith("schema-"))).toBe(true);
  });

  it("reads mou.config.yaml: the agreements folder, the language and the time zone", () => {
    const { dir, cleanup } = tempFolder({
      "mou.config.yaml": "agreements: data\nlang: en\ntimezone: Pacific/Kiritimati\n",
      "data/x.yaml": agreementYaml("x"),
    });
    try {
      expect(runMou(["validate"], { cwd: dir })).toEqual({
        stdout: "✔ 1 file checked: no problems\n",
        stderr: "",
        status: 0,
      });
    } finally {
      cleanup();
    }
  });

  it("stops with one line and exit 2 on a broken configuration", () => {
    const { dir, cleanup } = tempFolder({
      "mou.config.yaml": "agreements: data\nlangue: en\n",
      "bad-zone/mou.config.yaml": "timezone: Mars/Olympus\n",
      "zero/mou.config.yaml": "remind: P0D\n",
      "century/mou.config.yaml": "remind: P200Y\n",
    });
    try {
      expect(runMou(["validate"], { cwd: dir })).toEqual({
        stdout: "",
        stderr:
          "mou: mou.config.yaml:2:1: trường “langue” không có trong định dạng tệp; có lẽ định viết “lang” " +
          "(schema/unknown-key)\n",
        status: 2,
      });
      const zone = runMou(["validate"], { cwd: join(dir, "bad-zone") });
      expect(zone.status).toBe(2);
      expect(zone.stderr).toBe(
        "mou: múi giờ “Mars/Olympus” trong mou.config.yaml không hợp lệ; dùng tên IANA, ví dụ Asia/Ho_Chi_Minh\n",
      );
      expect(runMou(["--lang", "en", "validate"], { cwd: join(dir, "zero") }).stderr).toBe(
        "mou: mou.config.yaml:1:9: “P0D” is not a duration greater than zero such as P2Y, P6M, P4W or P90D " +
          "(schema/duration)\n",
      );
      expect(runMou(["--lang", "en", "validate"], { cwd: join(dir, "century") }).stderr).toBe(
        "mou: mou.config.yaml:1:9: “P200Y” is longer than a century (P100Y), the longest period mou accepts " +
          "(rule/duration-too-long)\n",
      );
    } finally {
      cleanup();
    }
  });

  it("prints the schemas for editors", () => {
    const agreement = JSON.parse(runMou(["schema"]).stdout);
    expect(agreement.$id).toBe("urn:mou:schema:agreement:1");
    expect(agreement.properties.kind.enum).toContain("cooperation-programme");
    expect(JSON.parse(runMou(["schema", "config"]).stdout).title).toBe("MouConfig");
  });

  it("never prints a stack trace for bad input", () => {
    const runs = [
      runMou(["validate", fixtures, "--as-of", "2025-01-01"]),
      runMou(["validate", "--as-of", "yesterday"]),
      runMou(["validate", "--lang", "fr"]),
      runMou(["nonsense"]),
    ];
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(1);
    }
    expect(runs.map((r) => r.status)).toEqual([1, 2, 2, 2]);
  });
});
