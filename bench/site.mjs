// `mou site` against `mou list` on the same generated agreements (1,000 and 10,000): wall time and the
// processor time of the whole process, medians of alternating runs so that a busy moment of a shared
// machine falls on both alike. A site is built twice per run: cold (no site there before) and warm
// (replacing the previous one, whose unchanged pages are taken over), and just before the cold build the
// same number of files of the same sizes is written by a process that makes no page (the disk floor), so
// that the share of the file system, which swings most, can be told apart. Then the pages' weights.
// Writes its section of bench/RESULTS.md; `npm run bench` runs it last. SITE_RUNS sets the runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus.mjs";
import { folderLine, siteWeights, weightRows } from "./weights.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "mou.js");
const out = join(root, "bench/.out");
const runs = Number(process.env.SITE_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Every file read afresh, as from a fresh clone (the cache would make `list` and the reading of `site` alike faster).
const asOf = ["--as-of", "2026-01-01", "--no-cache"];

/** Wall, user and system seconds of one whole process (GNU time). */
function once(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (r.status !== 0) throw new Error(`mou ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const [wall, user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, user, sys };
}

/** The same for the disk floor: writing as many files of the same sizes as `site` holds into a new folder. */
function floor(site, target) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S", process.execPath, "bench/write-floor.mjs", site, target], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`bench/write-floor.mjs exited ${r.status}: ${r.stderr.slice(-400)}`);
  const [wall, user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, user, sys };
}

/**
 * The folders of the cold builds and floors, removed only when every run is over: on this machine's file
 * system a new file is dearer for minutes after many were removed (docs/site.md), which a fresh clone does
 * not meet, and the larger folder's runs would meet it after the smaller's.
 */
const made = [];

function compare(label, dir, count) {
  const site = join(out, `site-${label}`);
  const list = ["--dir", dir, "list", "--format", "json", ...asOf];
  const build = ["--dir", dir, "site", "-o", site, ...asOf];
  const samples = { list: [], cold: [], warm: [], floor: [] };
  // Each cold build goes into a new folder (see `made`).
  const cold = (i) => ["--dir", dir, "site", "-o", `${site}-cold-${i}`, ...asOf];
  once(list);
  once(build);
  for (let i = 0; i < runs; i++) {
    samples.list.push(once(list));
    // Just before the cold build, so that both meet the file system in the same state.
    samples.floor.push(floor(site, `${site}-floor-${i}`));
    samples.cold.push(once(cold(i)));
    samples.warm.push(once(build));
    console.log(
      `${label} run ${i + 1}: list ${samples.list[i].wall} s, files alone ${samples.floor[i].wall} s, ` +
        `site cold ${samples.cold[i].wall} s, warm ${samples.warm[i].wall} s`,
    );
  }
  for (let i = 0; i < runs; i++) made.push(`${site}-cold-${i}`, `${site}-floor-${i}`);
  const pick = (xs) => ({
    wall: median(xs.map((x) => x.wall)),
    cpu: median(xs.map((x) => x.user + x.sys)),
    user: median(xs.map((x) => x.user)),
  });
  return {
    label,
    count,
    site,
    list: pick(samples.list),
    cold: pick(samples.cold),
    warm: pick(samples.warm),
    floor: pick(samples.floor),
    // The cold build less the files alone, run by run: what reading the folder and making the pages take.
    beyond: median(samples.cold.map((c, i) => c.wall - samples.floor[i].wall)),
  };
}

if (!existsSync("/usr/bin/time")) throw new Error("bench/site.mjs needs GNU time (/usr/bin/time)");
mkdirSync(out, { recursive: true });
const results = [
  compare("1k", corpus(join(root, "bench/corpus/1k"), 1000), "1,000"),
  compare("10k", corpus(join(root, "bench/corpus/10k"), 10000), "10,000"),
];
const bundled = join(out, "site-bundled");
spawnSync(process.execPath, [bin, "site", "-o", bundled, ...asOf], { cwd: root });
const weights1k = siteWeights(results[0].site);
const weightsBundled = siteWeights(bundled);
for (const folder of made) rmSync(folder, { recursive: true, force: true });

const s = (x) => `${x.toFixed(2)} s`;
const times = (r, which) => `${s(r[which].wall)} | ${s(r[which].user)} | ${s(r[which].cpu)}`;
const ratio = (r, which) =>
  `${(r[which].wall / r.list.wall).toFixed(2)} × | ${(r[which].cpu / r.list.cpu).toFixed(2)} ×`;
const section = [
  "## `mou site` against `mou list`",
  "",
  `\`bench/site.mjs\`: medians of ${runs} alternating runs of \`mou list --format json\`, \`mou site\` into a ` +
    "new folder each run (cold; the cold folders are removed once every run is over) and `mou site` again " +
    "over the site it wrote (warm: pages whose inputs " +
    "did not change are taken over, neither made nor written). Processor time is user plus system time of " +
    "the whole process; wall time swings with the load of the shared machine, processor time much less. " +
    "Each site holds both languages.",
  "",
  "| agreements | command | wall | user | user + system | wall × list | processor × list |",
  "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
  ...results.flatMap((r) => [
    `| ${r.count} | mou list | ${times(r, "list")} | — | — |`,
    `| ${r.count} | mou site, cold | ${times(r, "cold")} | ${ratio(r, "cold")} |`,
    `| ${r.count} | mou site, warm | ${times(r, "warm")} | ${ratio(r, "warm")} |`,
    `| ${r.count} | writing the cold site's files alone | ${times(r, "floor")} | ${ratio(r, "floor")} |`,
  ]),
  "",
  "Writing the files alone (`bench/write-floor.mjs`, run just before each cold build) is what this machine's " +
    "file system charges for creating as many files of the same sizes, whatever makes them. It swings most: " +
    "a new file costs from 0.03 ms to over 1 ms here, from one minute to the next (docs/site.md). Cold " +
    "build less the files alone, run by run (median): " +
    results
      .map((r) => `${r.count} agreements ${s(r.beyond)}, ${(r.beyond / r.list.wall).toFixed(2)} × list`)
      .join("; ") +
    ".",
  "",
  `Pages: for 1,000 agreements ${folderLine(weights1k)}; for the bundled agreements ` +
    `${folderLine(weightsBundled)}. What a browser loads (the page script is the only script; there is no ` +
    "framework):",
  "",
  "| page | 1,000 agreements | gzip | bundled agreements | gzip |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...weightRows(weights1k, weightsBundled),
  "",
];

// This script's section replaces its previous one and leaves the rest of the file to bench/run.mjs.
const file = join(root, "bench/RESULTS.md");
const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark results\n";
const start = text.indexOf(section[0]);
const next = start < 0 ? -1 : text.indexOf("\n## ", start + section[0].length);
const before = start < 0 ? `${text.trimEnd()}\n\n` : text.slice(0, start);
const after = next < 0 ? "" : text.slice(next + 1);
writeFileSync(file, before + section.join("\n") + (after ? `\n${after}` : ""));
console.log(section.join("\n"));
