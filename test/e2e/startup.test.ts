import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { agreementYaml, bin, root, tempFolder } from "../helpers.js";

// What a short run loads, not how long it takes (`npm run bench` measures that): each of these cost
// `mou due` time at start-up while it used none of them. A preload records, as the process exits, Node's
// own modules that were loaded (process.moduleLoadList, which Node keeps for its own diagnostics) and the
// ICU objects that were made.
const folder = mkdtempSync(join(tmpdir(), "mou-startup-"));
const preload = join(folder, "preload.cjs");
writeFileSync(
  preload,
  `const { writeFileSync } = require("node:fs");
const made = { segmenters: 0, dateFormats: 0 };
for (const [name, key] of [["Segmenter", "segmenters"], ["DateTimeFormat", "dateFormats"]]) {
  const Real = Intl[name];
  Intl[name] = new Proxy(Real, { construct(target, args) { made[key]++; return Reflect.construct(target, args); } });
}
process.on("exit", () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice(13));
  writeFileSync(process.env.MOU_STARTUP_REPORT, JSON.stringify({ ...made, builtins }));
});
`,
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Loaded {
  status: number | null;
  stdout: string;
  segmenters: number;
  dateFormats: number;
  builtins: string[];
}

function loaded(args: string[], options: { cwd?: string } = {}): Loaded {
  const report = join(folder, "report.json");
  const cache = mkdtempSync(join(folder, "cache-"));
  const r = spawnSync(process.execPath, ["--require", preload, bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", MOU_STARTUP_REPORT: report, MOU_CACHE_DIR: cache },
  });
  return { status: r.status, stdout: r.stdout, ...JSON.parse(readFileSync(report, "utf8")) };
}

describe("start-up of a short run", () => {
  it("mou due on the bundled agreements loads no width library, hashing, threads or processes", () => {
    const run = loaded(["due", "--no-cache", "--as-of", "2025-07-01"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("nghe-an-quang-ngai-2023");
    expect(run.segmenters).toBe(0);
    expect(run.dateFormats).toBe(0);
    for (const module of ["child_process", "crypto", "worker_threads"]) expect(run.builtins).not.toContain(module);
  });

  it("finds today in Vietnam without Intl's time-zone data", () => {
    const run = loaded(["due", "--no-cache"]);
    expect(run.status).toBe(0);
    expect(run.dateFormats).toBe(0);
  });

  it("loads each of them when a run needs it", () => {
    // Today in another zone needs Intl; the cache hashes what it reads; text that is not Latin or
    // Vietnamese is measured by string-width, with its grapheme segmenter.
    const { dir, cleanup } = tempFolder({
      "mou.config.yaml": "timezone: Asia/Tokyo\n",
      "agreements/cjk.yaml": agreementYaml("cjk").replace("Thỏa thuận thử", "協力覚書 Thỏa thuận thử"),
    });
    try {
      const run = loaded(["show", "cjk"], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("協力覚書 Thỏa thuận thử");
      expect(run.dateFormats).toBeGreaterThan(0);
      expect(run.segmenters).toBeGreaterThan(0);
      expect(run.builtins).toContain("crypto");
    } finally {
      cleanup();
    }
  });
});
