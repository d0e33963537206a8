import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, root, runMou, tempFolder } from "../helpers.js";

// From 2,000 files on, the commands that read a whole folder share the files out among threads. Whatever
// the threads, every output must be the same, byte for byte: same order, same skipped files, same exit code.
const FILES = 2000;
let folder: { dir: string; cleanup: () => void };

/** A small agreement; some are overdue for review on the day of the runs, some have overdue points. */
const agreement = (i: number) =>
  [
    `id: hop-tac-${i}`,
    `title: Chương trình hợp tác phát triển đô thị số ${i}`,
    "kind: cooperation-programme",
    `signed: ${2015 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    "parties:",
    "  - id: nghe-an",
    "    name: Tỉnh Nghệ An",
    `  - id: ${i % 3 === 0 ? "quang-ngai" : "ha-tinh"}`,
    `    name: ${i % 3 === 0 ? "Tỉnh Quảng Ngãi" : "Tỉnh Hà Tĩnh"}`,
    "review:",
    `  every: P${1 + (i % 3)}Y`,
    "commitments:",
    '  - id: "1"',
    `    title: Phối hợp quy hoạch đô thị, điểm ${i}`,
    "    lead: [{party: nghe-an, agency: Sở Xây dựng}]",
    `    status: ${i % 4 === 0 ? "in-progress" : "done"}`,
    `    due: ${i % 10 === 0 ? "2024-12-31" : "2030-12-31"}`,
    "",
  ].join("\n");

beforeAll(() => {
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) files[`hop-tac-${i}.yaml`] = agreement(i);
  // What a real folder also holds: a file YAML cannot read, one the schema refuses, an id used twice.
  files["hop-tac-17.yaml"] = "id: hop-tac-17\ntitle: [unclosed\n";
  files["hop-tac-1203.yaml"] = "id: hop-tac-1203\ntitle: 42\n";
  files["zz-reused.yaml"] = agreement(3);
  folder = tempFolder(files);
});
afterAll(() => folder.cleanup());

describe("checking a large folder on several threads", () => {
  // `check` shares its reading with `validate`, and `scorecard` with `commitments`.
  it("says exactly what one thread says, for every way of reading the folder", () => {
    const commands = [
      ["validate", folder.dir, "--format", "json"],
      ["--dir", folder.dir, "due"],
      ["--dir", folder.dir, "list", "--format", "json"],
      ["--dir", folder.dir, "commitments", "--search", "do thi"],
    ];
    for (const args of commands) {
      const run = (threads: string) =>
        runMou([...args, "--as-of", "2025-07-01", "--no-cache"], { env: { MOU_THREADS: threads } });
      const one = run("1");
      expect(one.status, args.join(" ")).toBe(1);
      expect(one.stderr.length + one.stdout.length).toBeGreaterThan(1000);
      expect(run("2"), args.join(" ")).toEqual(one);
    }
  });
});

// A site of a hundred agreements or more is made by two threads when there are two: one reads the files and
// makes the pages over the whole portfolio, the other makes each agreement's pages as it is read. Whichever
// thread makes a page, the site must be the same, byte for byte, and so must its record of its pages.
describe("making a site on several threads", () => {
  const SITE_FILES = 150;
  let sites: { dir: string; cleanup: () => void };
  beforeAll(() => {
    const files: Record<string, string> = {};
    for (let i = 0; i < SITE_FILES; i++) files[`agreements/hop-tac-${i}.yaml`] = agreement(i);
    files["agreements/hop-tac-17.yaml"] = "id: hop-tac-17\ntitle: [unclosed\n";
    files["agreements/zz-reused.yaml"] = agreement(3);
    sites = tempFolder(files);
  });
  afterAll(() => sites.cleanup());

  const files = (folder: string): Map<string, string> =>
    new Map(
      (readdirSync(folder, { recursive: true }) as string[])
        .filter((f) => statSync(join(folder, f)).isFile())
        .sort()
        .map((f) => [f, readFileSync(join(folder, f), "latin1")]),
    );

  it("writes the same site, and takes the same pages over on a rebuild, whatever the threads", () => {
    const build = (threads: string, out: string) =>
      runMou(["--as-of", "2025-07-01", "site", "-o", out], { cwd: sites.dir, env: { MOU_THREADS: threads } });
    const one = build("1", "one");
    expect(one.status).toBe(1);
    expect(one.stderr).toContain("hop-tac-17.yaml");
    expect(build("2", "two")).toEqual({ ...one, stdout: one.stdout.replace("one/", "two/") });
    const [first, second] = [files(join(sites.dir, "one")), files(join(sites.dir, "two"))];
    expect(first.size).toBe(2 * (SITE_FILES - 1) + 8);
    expect(second).toEqual(first);
    // Rebuilt on two threads over the site one thread wrote: every page is taken over, none made again.
    const before = statSync(join(sites.dir, "one", "agreements", "hop-tac-42.html")).ino;
    expect(build("2", "one").status).toBe(1);
    expect(files(join(sites.dir, "one"))).toEqual(first);
    expect(statSync(join(sites.dir, "one", "agreements", "hop-tac-42.html")).ino).toBe(before);
  });

  // The agreements' pages are made by a worker thread while the folder is read; Ctrl-C must stop it and
  // take the half-made folder away, and the target must hold the old site or the new one, never neither.
  it("leaves the old site or the new one, and nothing beside it, when stopped half-way", async () => {
    expect(existsSync(join(root, "dist", "site-worker.js"))).toBe(true);
    const target = join(sites.dir, "stopped");
    const build = (asOf: string, stop: boolean) =>
      new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [bin, "--as-of", asOf, "site", "-o", "stopped"], {
          cwd: sites.dir,
          env: { ...process.env, MOU_THREADS: "2" },
          stdio: "ignore",
        });
        const timer = setInterval(() => {
          if (stop && readdirSync(sites.dir).some((f) => f.startsWith(".stopped."))) {
            clearInterval(timer);
            child.kill("SIGINT");
          }
        }, 2);
        child.on("exit", () => {
          clearInterval(timer);
          resolve();
        });
      });
    await build("2025-07-01", false);
    for (const asOf of ["2025-07-02", "2025-07-03"]) {
      await build(asOf, true);
      expect(readdirSync(sites.dir).filter((f) => f.startsWith(".stopped."))).toEqual([]);
      const marker = JSON.parse(readFileSync(join(target, "mou-site.json"), "utf8")) as { asOf: string };
      expect(["2025-07-01", "2025-07-02", "2025-07-03"]).toContain(marker.asOf);
      expect(readdirSync(join(target, "agreements"))).toHaveLength(SITE_FILES - 1);
    }
  });

  // One thread makes every page after reading the folder: a signal must still stop it between agreements,
  // before the new site takes the old one's place, not once the whole site is made.
  it.each(["SIGINT", "SIGTERM"] as const)("stops one thread making the pages on %s", async (signal) => {
    const target = join(sites.dir, `one-${signal}`);
    expect(runMou(["--as-of", "2025-07-01", "site", "-o", target], { cwd: sites.dir }).status).toBe(1);
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [bin, "--as-of", "2025-07-02", "site", "-o", target], {
        cwd: sites.dir,
        env: { ...process.env, MOU_THREADS: "1" },
        stdio: "ignore",
      });
      // Once the first agreement's page is written into the new folder, most are still to be made.
      const timer = setInterval(() => {
        const temp = readdirSync(sites.dir).find((f) => f.startsWith(`.one-${signal}.`) && f.endsWith(".tmp"));
        if (temp !== undefined && existsSync(join(sites.dir, temp, "agreements"))) {
          clearInterval(timer);
          child.kill(signal);
        }
      }, 2);
      child.on("exit", (status) => {
        clearInterval(timer);
        resolve(status);
      });
    });
    expect(code).toBe(signal === "SIGINT" ? 130 : 143);
    const marker = JSON.parse(readFileSync(join(target, "mou-site.json"), "utf8")) as { asOf: string };
    expect(marker.asOf).toBe("2025-07-01");
    expect(readdirSync(sites.dir).filter((f) => f.startsWith(`.one-${signal}.`))).toEqual([]);
  });
});
