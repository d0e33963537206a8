import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agreementYaml, runMou, tempFolder } from "../helpers.js";

// Only regular files are read, with the size limit enforced while reading; symbolic links are followed
// alike by folder scans and globs; whatever is skipped is reported. Every run has a timeout: a hang fails.
const timeout = 15_000;
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function folder(files: Record<string, string> = {}): string {
  const { dir, cleanup } = tempFolder(files);
  cleanups.push(cleanup);
  return dir;
}
const mkfifo = (path: string) => execFileSync("mkfifo", [path]);
const codes = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => / {2}(error|warning) {2}/.test(l))
    .map((l) => `${l.split("  ")[0]} ${l.split("  ").at(-1)}`);

describe("special files", () => {
  it("a named pipe as an agreement file, a template or the configuration never hangs", () => {
    const dir = folder({ "agreements/x.yaml": agreementYaml("x") });
    mkfifo(join(dir, "agreements", "pipe.yaml"));
    const scan = runMou(["validate", "--as-of", "2025-01-01", "--lang", "en"], { cwd: dir, timeout });
    expect(scan.status).toBe(1);
    expect(codes(scan.stdout)).toEqual(["agreements/pipe.yaml:1:1 file/unreadable"]);
    expect(scan.stdout).toContain("it is a named pipe, not a regular file");
    const listing = runMou(["list", "--as-of", "2025-01-01", "--lang", "en"], { cwd: dir, timeout });
    expect([listing.status, listing.stderr]).toEqual([1, expect.stringContaining("agreements/pipe.yaml:1:1")]);

    mkfifo(join(dir, "template.hbs"));
    const host = ["--issuer", "UBND TỈNH A", "--place", "Tỉnh A"];
    const agenda = runMou(
      ["agenda", "x", "--date", "2025-01-01", ...host, "--template", "template.hbs", "--lang", "en"],
      {
        cwd: dir,
        timeout,
      },
    );
    expect([agenda.status, agenda.stderr]).toEqual([2, expect.stringContaining("named pipe")]);

    mkfifo(join(dir, "mou.config.yaml"));
    const config = runMou(["due", "--lang", "en"], { cwd: dir, timeout });
    expect([config.status, config.stderr]).toEqual([
      2,
      "mou: cannot read mou.config.yaml: it is a named pipe, not a regular file\n",
    ]);
  });

  it("/dev/zero is refused before a byte is read", () => {
    const run = runMou(["validate", "/dev/zero", "--lang", "en"], { timeout });
    expect(run.status).toBe(1);
    expect(codes(run.stdout)).toEqual(["/dev/zero:1:1 file/unreadable"]);
  });

  it("a file over the size limit is refused", () => {
    const dir = folder({ "big.yaml": `${agreementYaml("big")}notes: ${"x".repeat(1024 * 1024)}\n` });
    const run = runMou(["validate", "big.yaml", "--lang", "en"], { cwd: dir, timeout });
    expect(codes(run.stdout)).toEqual(["big.yaml:1:1 file/too-large"]);
  });
});

describe("symbolic links and odd folder entries", () => {
  function tree(): string {
    const dir = folder({
      "shared/linked.yaml": agreementYaml("linked"),
      "shared/deep/other.yaml": agreementYaml("other"),
      "agreements/real.yaml": agreementYaml("real"),
    });
    symlinkSync(join(dir, "shared", "linked.yaml"), join(dir, "agreements", "linked.yaml"));
    symlinkSync(join(dir, "shared", "deep"), join(dir, "agreements", "deep"));
    symlinkSync(".", join(dir, "agreements", "deep-loop"));
    symlinkSync("nowhere.yaml", join(dir, "agreements", "broken.yaml"));
    mkdirSync(join(dir, "agreements", "folder.yaml"));
    return dir;
  }
  const expected = [
    "agreements/broken.yaml:1:1 file/unreadable",
    "agreements/deep-loop:1:1 file/unreadable",
    "agreements/folder.yaml:1:1 file/unreadable",
  ];

  it("folder scans follow links to files and folders; report loops, dangling links, folders named *.yaml", () => {
    const dir = tree();
    const run = runMou(["validate", "--as-of", "2025-01-01", "--lang", "en"], { cwd: dir, timeout });
    expect(codes(run.stdout)).toEqual(expected);
    expect(run.stdout).toContain("3 errors, 0 warnings in 6 files checked");
    const list = runMou(["list", "--format", "json", "--as-of", "2025-01-01"], { cwd: dir, timeout });
    expect(JSON.parse(list.stdout).agreements.map((a: { id: string }) => a.id)).toEqual(["linked", "other", "real"]);
  });

  it("globs find exactly what a folder scan finds", () => {
    const dir = tree();
    const run = runMou(["validate", "agreements/**/*.yaml", "--as-of", "2025-01-01", "--lang", "en"], {
      cwd: dir,
      timeout,
    });
    expect(codes(run.stdout)).toEqual(expected);
    expect(run.stdout).toContain("3 errors, 0 warnings in 6 files checked");
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable subfolder is reported by name, and the rest is still read", () => {
    const dir = folder({ "agreements/ok.yaml": agreementYaml("ok"), "agreements/locked/x.yaml": agreementYaml("x") });
    chmodSync(join(dir, "agreements", "locked"), 0);
    cleanups.unshift(() => chmodSync(join(dir, "agreements", "locked"), 0o755));
    const run = runMou(["validate", "--lang", "en"], { cwd: dir, timeout });
    expect(codes(run.stdout)).toEqual(["agreements/locked:1:1 file/unreadable"]);
    expect(run.stdout).toContain("permission denied");
  });
});
