// Shows that a change to how `mou site` works left what it writes alone: builds the same sites with an
// earlier build of mou and with this one, and compares every file byte for byte.
// Usage: node bench/site-same.mjs <folder of an earlier mou, built> [--big]
// (for instance `git worktree add /tmp/mou-old main && cd /tmp/mou-old && npm ci`). --big adds the
// 10,000-agreement corpus to the bundled agreements, the hostile fixture and the 1,000-agreement corpus.
// This build's site is made twice: into a new folder, and again over the first (taking over the files
// that did not change).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [earlier, ...flags] = process.argv.slice(2);
if (earlier === undefined) {
  console.error("usage: node bench/site-same.mjs <folder of an earlier mou, built> [--big]");
  process.exit(2);
}
const out = join(root, "bench/.out/same");
const cases = [
  { name: "bundled agreements", dir: join(root, "agreements"), args: ["--as-of", "2025-07-01"] },
  {
    name: "bundled agreements in English, titled, with Markdown agendas",
    dir: join(root, "agreements"),
    args: ["--as-of", "2025-07-01", "--lang", "en", "--title", 'Hà <Tĩnh> & "co"', "--agendas", "md"],
  },
  { name: "hostile fixture", dir: join(root, "test/fixtures/agenda/agreements"), args: ["--as-of", "2025-07-01"] },
  {
    name: "1,000 generated agreements",
    dir: corpus(join(root, "bench/corpus/1k"), 1000),
    args: ["--as-of", "2026-01-01"],
  },
  ...(flags.includes("--big")
    ? [
        {
          name: "10,000 generated agreements",
          dir: corpus(join(root, "bench/corpus/10k"), 10000),
          args: ["--as-of", "2026-01-01"],
        },
      ]
    : []),
];

const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((f) => statSync(join(folder, f)).isFile())
    .sort();

function build(bin, dir, args, target) {
  const r = spawnSync(process.execPath, [bin, "--dir", dir, "site", "-o", target, "--force", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (r.status !== 0) throw new Error(`${bin} site exited ${r.status}: ${r.stderr.slice(-400)}`);
}

// The record of the pages (mou-site-pages.json) holds each page's key, which names the build of mou, so it
// differs between two builds by design, and an earlier mou may not write it. Its pages, sizes and SHA-1s
// must still be exactly those of the files written beside it.
const PAGES = "mou-site-pages.json";
function recordProblems(folder) {
  const problems = [];
  const { pages } = JSON.parse(readFileSync(join(folder, PAGES), "utf8"));
  for (const [path, , size, hash] of pages) {
    let bytes;
    try {
      bytes = readFileSync(join(folder, path));
    } catch {
      problems.push(`${PAGES} records ${path}, which is not there`);
      continue;
    }
    if (bytes.length !== size || createHash("sha1").update(bytes).digest("hex") !== hash)
      problems.push(`${PAGES} records ${path} other than it is`);
  }
  return problems;
}

let differing = 0;
for (const { name, dir, args } of cases) {
  const before = join(out, "before");
  const after = join(out, "after");
  build(join(earlier, "bin/mou.js"), dir, args, before);
  const a = filesUnder(before);
  // Once into a new folder, once more over the site just written (which takes over unchanged files).
  for (const how of ["new", "again"]) {
    build(join(root, "bin/mou.js"), dir, args, after);
    const b = filesUnder(after);
    const problems = [];
    const inB = new Set(b);
    for (const f of a) if (!inB.has(f)) problems.push(`missing ${f}`);
    for (const f of b) if (!a.includes(f) && f !== PAGES) problems.push(`new ${f}`);
    for (const f of a)
      if (f !== PAGES && inB.has(f) && !readFileSync(join(before, f)).equals(readFileSync(join(after, f))))
        problems.push(`differs ${f}`);
    if (inB.has(PAGES)) problems.push(...recordProblems(after));
    console.log(`${problems.length === 0 ? "same" : "DIFFERENT"}: ${name}, ${how} (${a.length} files)`);
    for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
    differing += problems.length;
  }
  rmSync(out, { recursive: true, force: true });
}
process.exit(differing === 0 ? 0 : 1);
