import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { checkFile, type FileResult } from "../src/load/check.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const bin = join(root, "bin", "mou.js");

/** Checks YAML given inline, as if it were the file `name`. */
export function checkYaml(yaml: string | Uint8Array, name = "test.yaml", asOf = "2025-01-01"): FileResult {
  const bytes = typeof yaml === "string" ? new TextEncoder().encode(yaml) : yaml;
  return checkFile(name, bytes, { asOf, lang: "en" });
}

/** "file:line:col code" for each diagnostic: compact and readable in assertions. */
export const brief = (result: Pick<FileResult, "diagnostics">): string[] =>
  result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

/** A temporary folder made from an inline object of files; removed by the returned function. */
export function tempFolder(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "mou-test-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `tempFolder` for a test file that makes many: each folder is removed after the test that made it. */
export function foldersRemovedAfterEach(): (files?: Record<string, string>) => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return (files = {}) => {
    const made = tempFolder(files);
    cleanups.push(made.cleanup);
    return made.dir;
  };
}

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs the built `mou` binary as a user would, without colour. Each run has a cache of its own, empty
 * (unless `env` names one), so no test depends on what another left in a cache.
 */
export function runMou(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number; input?: string } = {},
): Run {
  const cache = options.env?.MOU_CACHE_DIR === undefined ? mkdtempSync(join(tmpdir(), "mou-cache-")) : undefined;
  try {
    return spawnMou(
      args,
      cache === undefined ? options : { ...options, env: { MOU_CACHE_DIR: cache, ...options.env } },
    );
  } finally {
    if (cache !== undefined) rmSync(cache, { recursive: true, force: true });
  }
}

function spawnMou(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number; input?: string },
): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    // A command that hangs fails the test instead of the suite (spawnSync kills it after `timeout`).
    ...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: "SIGKILL" as const } : {}),
    ...(options.input !== undefined ? { input: options.input } : {}),
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A small valid agreement; `extra` is appended as more top-level YAML. */
export function agreementYaml(id: string, extra = ""): string {
  return (
    `id: ${id}\ntitle: Thỏa thuận thử\nkind: mou\nsigned: 2023-07-24\nparties:\n  - id: a\n   ` +
    ` name: Tỉnh A\n  - id: b\n    name: Tỉnh B\n${extra}`
  );
}

/**
 * How many cases a fuzz test runs: `usual` in `npm test`, or MOU_FUZZ_RUNS when set (`npm run fuzz`).
 * Bounded by count, never by time, so a slow machine takes longer but never fails.
 */
export function fuzzRuns(usual: number): number {
  const asked = Number(process.env.MOU_FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : usual;
}
