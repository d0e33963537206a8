import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockPath } from "../../src/edit/lock.js";
import { agreementYaml, bin, runMou, tempFolder } from "../helpers.js";

// Edits and outputs as the file system sees them: what is replaced, what is kept, what is left behind.
const timeout = 15_000;
const asOf = ["--as-of", "2025-01-01", "--lang", "en"];
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function folder(files: Record<string, string>): string {
  const { dir, cleanup } = tempFolder(files);
  cleanups.push(cleanup);
  return dir;
}
const withCommitment = (id: string) =>
  agreementYaml(id, 'commitments:\n  - id: "1"\n    title: Nội dung\n    status: in-progress\n');
const note = (dir: string, text: string, ...extra: string[]) =>
  runMou(["commitment", "set", "x", "1", "--note", text, ...extra, ...asOf], { cwd: dir, timeout });
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(".mou-"));
const isRoot = process.getuid?.() === 0;
// The bundled test parties are no real provinces: an agenda needs its issuer and place.
const host = ["--issuer", "UBND TỈNH A", "--place", "Tỉnh A"];

describe("outputs (-o … --force)", () => {
  it("never replace a named pipe, a device or a folder, even with --force", () => {
    const dir = folder({ "agreements/x.yaml": agreementYaml("x") });
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    const run = runMou(["agenda", "x", "--date", "2025-01-01", ...host, "-o", "pipe.md", "--force", ...asOf], {
      cwd: dir,
      timeout,
    });
    expect([run.status, run.stderr]).toEqual([2, expect.stringContaining("named pipe, not a regular file")]);
    expect(lstatSync(join(dir, "pipe.md")).isFIFO()).toBe(true);
    const device = runMou(["agenda", "x", "--date", "2025-01-01", ...host, "-o", "/dev/null", "--force", ...asOf], {
      cwd: dir,
    });
    expect([device.status, device.stderr]).toEqual([2, expect.stringContaining("device, not a regular file")]);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it("never replace a named pipe with a site, even with --force", () => {
    const dir = folder({ "agreements/x.yaml": agreementYaml("x") });
    execFileSync("mkfifo", [join(dir, "site")]);
    const run = runMou(["site", "-o", "site", "--force", ...asOf], { cwd: dir, timeout });
    expect([run.status, run.stderr]).toEqual([2, expect.stringContaining("named pipe")]);
    expect(lstatSync(join(dir, "site")).isFIFO()).toBe(true);
  });

  it("write through a symbolic link, which stays a link", () => {
    const dir = folder({ "agreements/x.yaml": agreementYaml("x"), "real.md": "old\n" });
    symlinkSync("real.md", join(dir, "link.md"));
    const run = runMou(["agenda", "x", "--date", "2025-01-01", ...host, "-o", "link.md", "--force", ...asOf], {
      cwd: dir,
    });
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.md"), "utf8")).toContain("# ");
  });
});

describe("edits", () => {
  it("keep the mode, and refuse a read-only file unless --force", () => {
    const dir = folder({ "agreements/x.yaml": withCommitment("x") });
    const file = join(dir, "agreements", "x.yaml");
    chmodSync(file, 0o444);
    const before = readFileSync(file, "utf8");
    const refused = note(dir, "một");
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringContaining("is read-only")]);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(note(dir, "một", "--force").status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(file, "utf8")).toContain("note: một");
  });

  it("refuse a file with other hard links unless --force, and edit through a symbolic link", () => {
    const dir = folder({ "agreements/x.yaml": withCommitment("x"), "elsewhere/y.yaml": withCommitment("y") });
    linkSync(join(dir, "agreements", "x.yaml"), join(dir, "x-copy.yaml"));
    const refused = note(dir, "một");
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringContaining("has 2 hard links")]);
    symlinkSync(join(dir, "elsewhere", "y.yaml"), join(dir, "agreements", "y.yaml"));
    const linked = runMou(["commitment", "set", "y", "1", "--status", "done", ...asOf], { cwd: dir, timeout });
    expect(linked.status).toBe(0);
    expect(lstatSync(join(dir, "agreements", "y.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "elsewhere", "y.yaml"), "utf8")).toContain("status: done");
  });

  it.runIf(isRoot)("keep the owner and the group of the file", () => {
    const dir = folder({ "agreements/x.yaml": withCommitment("x") });
    const file = join(dir, "agreements", "x.yaml");
    chownSync(file, 65534, 65534);
    expect(note(dir, "một").status).toBe(0);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([65534, 65534]);
  });

  it("need no temporary name longer than the file's own", () => {
    const id = `a${"-b".repeat(119)}`; // 239 characters: the file name is 244 bytes, near the usual 255
    const dir = folder({ [`agreements/${id}.yaml`]: withCommitment(id) });
    const run = runMou(["commitment", "set", id, "1", "--status", "done", ...asOf], { cwd: dir, timeout });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const made = runMou(["new", `${id}-c`, "--title", "T", "--signed", "2024-01-01", "--party", "a:Tỉnh A"], {
      cwd: dir,
    });
    expect(made.status).toBe(0);
  });

  it("sweep the temporary file a killed edit left, and recover its lock", () => {
    const dir = folder({ "agreements/x.yaml": withCommitment("x") });
    const agreements = join(dir, "agreements");
    const host = createHash("sha256").update(hostname()).digest("hex").slice(0, 4);
    const dead = 2 ** 22 + 12345; // above the usual pid_max: no such process
    const temp = join(agreements, `.mou-${host}-${dead}-0123abcd.tmp`);
    writeFileSync(temp, "half a file");
    const lock = lockPath(join(agreements, "x.yaml"));
    writeFileSync(lock, JSON.stringify({ pid: dead, host: hostname(), at: Date.now(), token: "dead" }));
    expect(note(dir, "một").status).toBe(0);
    expect(leftovers(agreements)).toEqual([]);
  });

  it("on SIGTERM while waiting for its turn, exit as terminated and take nothing with it", async () => {
    const dir = folder({ "agreements/x.yaml": withCommitment("x") });
    const file = join(dir, "agreements", "x.yaml");
    const lock = lockPath(file);
    const held = JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now(), token: "test" });
    writeFileSync(lock, held);
    const child = spawn(process.execPath, [bin, "commitment", "set", "x", "1", "--note", "hai", ...asOf], { cwd: dir });
    // Long enough for it to be waiting for the lock (it waits up to 15 s), short enough to keep the suite quick.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? signal)));
    expect(code).toBe(143);
    expect(readFileSync(lock, "utf8")).toBe(held);
    expect(readFileSync(file, "utf8")).not.toContain("hai");
    expect(existsSync(lock)).toBe(true);
    expect(leftovers(join(dir, "agreements")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
