import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bin, root, runMou } from "../helpers.js";

// The cache must never change what mou says: every run here is compared byte for byte with a run that
// reads every file afresh (--no-cache).
let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), "mou-cache-test-"));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const withCache = (args: string[]) => runMou(args, { env: { MOU_CACHE_DIR: cache } });
const entries = () => readdirSync(cache).filter((name) => name.endsWith(".json"));
const fixtures = join(root, "test/fixtures/diagnostics");

describe("the cache of checked files", () => {
  it("gives cold, warm and uncached runs the same output, on the bundled agreements and on every diagnostic", () => {
    const commands = [
      ["validate", fixtures, "--format", "json", "--as-of", "2025-01-01"],
      ["validate", fixtures, "--lang", "en", "--as-of", "2025-01-01"],
      ["due", "--as-of", "2025-07-01"],
      ["check", "--format", "json", "--as-of", "2025-07-01"],
      ["commitments", "--search", "do thi", "--as-of", "2025-07-01"],
    ];
    for (const args of commands) {
      const none = runMou([...args, "--no-cache"]);
      const cold = withCache(args);
      const warm = withCache(args);
      expect(cold).toEqual(none);
      expect(warm).toEqual(none);
    }
    expect(entries().length).toBeGreaterThan(60);
  });

  it("recomputes what depends on the day: a commitment that falls due later is reported then", () => {
    const folder = join(fixtures, "rule-commitment-overdue");
    const before = withCache(["validate", folder, "--as-of", "2024-06-01"]);
    expect(before.stdout).not.toContain("rule/commitment-overdue");
    const later = withCache(["validate", folder, "--as-of", "2025-06-01"]);
    expect(later.stdout).toContain("commitment-overdue.yaml:13:10");
    expect(later).toEqual(runMou(["validate", folder, "--as-of", "2025-06-01", "--no-cache"]));
    expect(entries()).toHaveLength(1);
  });

  it("ignores entries that are truncated, garbled or not what they claim, and replaces them", () => {
    const args = ["validate", fixtures, "--format", "json", "--as-of", "2025-01-01"];
    const none = runMou([...args, "--no-cache"]);
    withCache(args);
    const names = entries();
    names.forEach((name, i) => {
      const file = join(cache, name);
      const text = readFileSync(file, "utf8");
      const entry = JSON.parse(text);
      if (i % 3 === 0) writeFileSync(file, text.slice(0, text.length >> 1));
      else if (i % 3 === 1) writeFileSync(file, "\u0000\u00ff not json");
      else if (entry.e.agreement) {
        // The right key and hash, but an agreement the schema refuses: it must not reach a command.
        entry.e.agreement.parties = "none";
        writeFileSync(file, JSON.stringify(entry));
      } else writeFileSync(file, JSON.stringify({ ...entry, e: { placed: [{ line: "x" }] } }));
    });
    expect(withCache(args)).toEqual(none);
    expect(withCache(args)).toEqual(none);
  });

  it("is used by no run with --no-cache, and left alone by a run that cannot write it", () => {
    runMou(["due", "--no-cache"], { env: { MOU_CACHE_DIR: cache } });
    expect(entries()).toHaveLength(0);
    const file = join(cache, "file");
    writeFileSync(file, "");
    const blocked = runMou(["due", "--as-of", "2025-07-01"], { env: { MOU_CACHE_DIR: join(file, "mou") } });
    expect(blocked).toEqual(runMou(["due", "--as-of", "2025-07-01", "--no-cache"]));
  });

  it("stays whole when two runs fill it at the same time", async () => {
    const args = [bin, "validate", fixtures, "--format", "json", "--as-of", "2025-01-01"];
    const once = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, MOU_CACHE_DIR: cache } });
        let out = "";
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (chunk) => {
          out += chunk;
        });
        child.on("close", () => resolve(out));
      });
    const [a, b] = await Promise.all([once(), once()]);
    const none = runMou(["validate", fixtures, "--format", "json", "--as-of", "2025-01-01", "--no-cache"]).stdout;
    expect(a).toBe(none);
    expect(b).toBe(none);
    expect(readdirSync(cache).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(withCache(args.slice(1)).stdout).toBe(none);
  });
});
