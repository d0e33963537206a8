// mou's benchmark: whole-process runs, medians, peak memory, and the budgets they must meet.
// `npm run bench` builds first; BENCH_RUNS sets the runs of the slow cases (default 3).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus.mjs";
import { documentCorpus } from "./documents.mjs";
import { runPathological, shapes } from "./pathological.mjs";
import { folderLine, siteWeights, weightRows } from "./weights.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "mou.js");
const ajv = join(root, "node_modules", ".bin", "ajv");
const slowRuns = Number(process.env.BENCH_RUNS ?? 3);
const hasTime = existsSync("/usr/bin/time");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time (ms) and peak resident memory (MB) of a whole process, after one warm-up run. */
/** `args` may be a function, called before each run for that run's arguments. */
function measure(command, argsOf, { runs, okCodes = [0, 1], before, warmup = true, env = {} }) {
  const times = [];
  const peaks = [];
  for (let i = warmup ? 0 : 1; i <= runs; i++) {
    before?.();
    const args = typeof argsOf === "function" ? argsOf() : argsOf;
    const start = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], {
          cwd: root,
          encoding: "utf8",
          maxBuffer: 1 << 30,
          env: { ...process.env, NO_COLOR: "1", ...env },
        })
      : spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!okCodes.includes(r.status))
      throw new Error(`${command} ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-400)}`);
    if (i === 0) continue;
    times.push(ms);
    if (hasTime) peaks.push(Number(r.stderr.trim().split("\n").at(-1)) / 1024);
  }
  return { ms: median(times), mb: peaks.length ? Math.max(...peaks) : undefined };
}

console.log("Generating corpora (kept in bench/corpus/) …");
const c1k = corpus(join(root, "bench/corpus/v2-1k"), 1000);
const c10k = corpus(join(root, "bench/corpus/v2-10k"), 10000);
const c50k = corpus(join(root, "bench/corpus/v2-50k"), 50000);
const cWarn = corpus(join(root, "bench/corpus/v2-10k-warnings"), 10000, { allOverdue: true });
const c1kq = corpus(join(root, "bench/corpus/v2-1k-quoted"), 1000, { quoteDates: true });
const c10kq = corpus(join(root, "bench/corpus/v2-10k-quoted"), 10000, { quoteDates: true });
const cWarnq = corpus(join(root, "bench/corpus/v2-10k-warnings-quoted"), 10000, { quoteDates: true, allOverdue: true });
const node = process.execPath;
// The main rows read every file afresh (--no-cache); the cache has rows of its own.
const asOf = ["--as-of", "2026-01-01", "--no-cache"];
const ajvArgs = (folder) => [
  "validate",
  "--spec=draft2020",
  "-c",
  "ajv-formats",
  "--allow-union-types",
  "--strict-required=false",
  "-s",
  "schemas/agreement.schema.json",
  "-d",
  `${folder}/*.yaml`,
];

const rows = [];
const add = (name, result, ref) => {
  rows.push({ name, ...result, ref });
  console.log(
    `${name.padEnd(52)} ${result.ms.toFixed(0).padStart(7)} ms ` +
      `${result.mb === undefined ? "" : `${result.mb.toFixed(0).padStart(5)} MB`}` +
      `${ref ? `  ${(result.ms / ref.result.ms).toFixed(2)} × ${ref.label}` : ""}`,
  );
  return result;
};
const ref = (result, label) => ({ result, label });

console.log("Measuring …");
// Start-up is a matter of milliseconds: the three are measured alternately, so that a busy moment of the
// machine falls on all alike.
const startSamples = { node: [], version: [], due: [] };
for (let i = 0; i < 31; i++) {
  startSamples.node.push(measure(node, ["-e", "0"], { runs: 1 }));
  startSamples.version.push(measure(node, [bin, "--version"], { runs: 1 }));
  startSamples.due.push(measure(node, [bin, "due", "--no-cache", "--as-of", "2025-07-01"], { runs: 1 }));
}
const pick = (xs) => ({ ms: median(xs.map((x) => x.ms)), mb: Math.max(...xs.map((x) => x.mb ?? 0)) || undefined });
const nodeStart = add("node -e 0", pick(startSamples.node));
const version = add("mou --version", pick(startSamples.version), ref(nodeStart, "node"));
const dueBundled = add("mou due, the bundled agreements", pick(startSamples.due), ref(nodeStart, "node"));

/**
 * The references and the commands on one corpus, in alternating rounds (every command once per round),
 * so that the machine's busy moments fall on all alike; medians of `runs` rounds after a warm-up round.
 */
function suite(label, folder, quoted, runs, { warmup = true, table = true } = {}) {
  const cases = [
    ["js-yaml floor", node, ["bench/floor.mjs", folder]],
    ...(quoted ? [["ajv-cli validate", ajv, ajvArgs(quoted)]] : []),
    ["mou validate", node, [bin, "validate", folder, ...asOf]],
    ["mou check", node, [bin, "--dir", folder, "check", ...asOf]],
    ["mou due", node, [bin, "--dir", folder, "due", ...asOf]],
    ["mou list", node, [bin, "--dir", folder, "list", ...asOf]],
    ["mou commitments --search", node, [bin, "--dir", folder, "commitments", "--search", "do thi", ...asOf]],
    ...(table
      ? [
          ["mou due --format json", node, [bin, "--dir", folder, "due", "--format", "json", ...asOf]],
          ["mou list --format json", node, [bin, "--dir", folder, "list", "--format", "json", ...asOf]],
          [
            "mou commitments --search --format json",
            node,
            [bin, "--dir", folder, "commitments", "--search", "do thi", "--format", "json", ...asOf],
          ],
        ]
      : []),
  ];
  const samples = cases.map(() => []);
  for (let round = warmup ? 0 : 1; round <= runs; round++)
    cases.forEach(([, command, args], k) => {
      const r = measure(command, args, { runs: 1, warmup: false });
      if (round > 0) samples[k].push(r);
    });
  const out = {};
  for (const [k, [name]] of cases.entries()) {
    const result = pick(samples[k]);
    const reference =
      name === "js-yaml floor"
        ? undefined
        : name === "ajv-cli validate" || name === "mou validate"
          ? ref(out["js-yaml floor"], "floor")
          : ref(out["mou validate"], "validate");
    out[name] = add(`${name}, ${label}`, result, reference);
  }
  return out;
}

const s1k = suite("1,000 files", c1k, c1kq, 5);
// The static site against the listing it is a richer view of, on the same 1,000 agreements: built cold,
// into a folder that is not there, as CI builds it from a fresh clone, then rebuilt, each run over the site
// the previous one wrote. Each cold run gets a new folder, and the cold folders are removed only after the
// last run: on this machine's file system a new file is dearer for minutes after many were removed (see
// docs/site.md), which a fresh clone does not meet.
mkdirSync(join(root, "bench/.out"), { recursive: true });
const site1k = join(root, "bench/.out/site-1k");
const list1k = s1k["mou list --format json"];
const siteBuild = (folder) => [bin, "--dir", c1k, "site", "-o", folder, ...asOf];
let coldRun = 0;
const siteRun = add(
  "mou site, 1,000 files",
  measure(node, () => siteBuild(join(root, `bench/.out/site-1k-cold-${++coldRun}`)), { runs: 5 }),
  ref(list1k, "list"),
);
for (; coldRun > 0; coldRun--)
  rmSync(join(root, `bench/.out/site-1k-cold-${coldRun}`), { recursive: true, force: true });
rmSync(site1k, { recursive: true, force: true });
spawnSync(node, siteBuild(site1k), { cwd: root });
add(
  "mou site, 1,000 files, rebuilt over the previous site",
  measure(node, siteBuild(site1k), { runs: 5 }),
  ref(list1k, "list"),
);
const writeFloor = add(
  "disk floor: writing the same files",
  measure(node, ["bench/write-floor.mjs", site1k, join(root, "bench/.out/write-floor")], { runs: 5 }),
);
const bundledSite = join(root, "bench/.out/site-bundled");
spawnSync(node, [bin, "site", "-o", bundledSite, ...asOf], { cwd: root });
const weights1k = siteWeights(site1k);
const weightsBundled = siteWeights(bundledSite);

// One round of 10,000 files (BENCH_RUNS=1, for a machine that others share) goes without a warm-up round.
const s10k = suite("10,000 files", c10k, c10kq, slowRuns, { warmup: slowRuns > 1 });
const sWarn = suite("10,000 files, each with warnings", cWarn, cWarnq, slowRuns, {
  warmup: slowRuns > 1,
  table: false,
});
const s50k = suite("50,000 files", c50k, undefined, 1, { warmup: false, table: false });

// Threads: the same validation and listing with a second thread, alternating with one.
const threadSamples = { one: [], two: [], dueOne: [], dueTwo: [] };
const dueUncached = [bin, "--dir", c10k, "due", ...asOf];
for (let round = 0; round <= slowRuns; round++) {
  const one = measure(node, [bin, "validate", c10k, ...asOf], { runs: 1, warmup: false, env: { MOU_THREADS: "1" } });
  const two = measure(node, [bin, "validate", c10k, ...asOf], { runs: 1, warmup: false, env: { MOU_THREADS: "2" } });
  const dueOne = measure(node, dueUncached, { runs: 1, warmup: false, env: { MOU_THREADS: "1" } });
  const dueTwo = measure(node, dueUncached, { runs: 1, warmup: false, env: { MOU_THREADS: "2" } });
  if (round > 0) {
    threadSamples.one.push(one);
    threadSamples.two.push(two);
    threadSamples.dueOne.push(dueOne);
    threadSamples.dueTwo.push(dueTwo);
  }
}
const oneThread = add("mou validate, 10,000 files, MOU_THREADS=1", pick(threadSamples.one));
const twoThreads = add(
  "mou validate, 10,000 files, MOU_THREADS=2",
  pick(threadSamples.two),
  ref(oneThread, "1 thread"),
);
const dueOne = add("mou due, 10,000 files, MOU_THREADS=1", pick(threadSamples.dueOne));
const dueTwo = add("mou due, 10,000 files, MOU_THREADS=2", pick(threadSamples.dueTwo), ref(dueOne, "1 thread"));

// The cache: a first run into an empty cache (which writes it), then runs of unchanged files.
const cacheDir = join(root, "bench/.out/cache");
const cacheEnv = { MOU_CACHE_DIR: cacheDir };
const dueArgs = [bin, "--dir", c10k, "due", "--as-of", "2026-01-01"];
const clear = () => rmSync(cacheDir, { recursive: true, force: true });
const cacheCold = add(
  "mou due, 10,000 files, first run into an empty cache",
  measure(node, dueArgs, { runs: slowRuns, warmup: false, before: clear, env: cacheEnv }),
  ref(s10k["mou due"], "no cache"),
);
const cacheWarm = add(
  "mou due, 10,000 files, warm cache",
  measure(node, dueArgs, { runs: slowRuns, env: cacheEnv }),
  ref(s10k["mou due"], "no cache"),
);
const checkWarm = add(
  "mou check, 10,000 files, warm cache",
  measure(node, [bin, "--dir", c10k, "check", "--as-of", "2026-01-01"], { runs: slowRuns, env: cacheEnv }),
  ref(s10k["mou check"], "no cache"),
);
clear();

const pdfPath = join(root, "bench/.out/agenda.pdf");
// The PDF, like start-up, alternately with node -e 0, so that a busy moment falls on both alike.
const pdfArgs = [bin, "agenda", "nghe-an-quang-ngai-2023", "--format", "pdf", "-o", pdfPath, "--force"];
const pdfSamples = { node: [], pdf: [] };
for (let i = 0; i < 11; i++) {
  pdfSamples.node.push(measure(node, ["-e", "0"], { runs: 1 }));
  pdfSamples.pdf.push(measure(node, [...pdfArgs, "--as-of", "2025-07-01"], { runs: 1 }));
}
const pdfNode = pick(pdfSamples.node);
const agenda = add("mou agenda --format pdf (whole command)", pick(pdfSamples.pdf), ref(pdfNode, "node"));
const mdPath = join(root, "bench/.out/agenda.md");
spawnSync(node, [bin, "agenda", "nghe-an-quang-ngai-2023", "-o", mdPath, "--force", "--as-of", "2025-07-01"], {
  cwd: root,
});
// Documents from pathological but valid files: 10,000 commitments in one file, words of 50,000 letters.
const docs = documentCorpus(join(root, "bench/corpus/documents"));
const docArgs = (id, format, command = "agenda") => [
  bin,
  "--dir",
  docs,
  command,
  id,
  "--format",
  format,
  "-o",
  join(root, `bench/.out/${command}-${id}.${format}`),
  "--force",
  "--as-of",
  "2025-07-01",
];
const manyPdf = add(
  "mou agenda --format pdf, 10,000 commitments",
  measure(node, docArgs("many-commitments", "pdf"), { runs: slowRuns }),
);
const longPdf = add(
  "mou agenda --format pdf, 50,000-letter words",
  measure(node, docArgs("long-words", "pdf"), { runs: slowRuns }),
);
// The report lists every commitment by status: 32,000 list items for 10,000 commitments.
const reportPdf = add(
  "mou report --format pdf, 10,000 commitments",
  measure(node, docArgs("many-commitments", "pdf", "report"), { runs: slowRuns }),
);
const manyDocx = add(
  "mou agenda --format docx, 10,000 commitments",
  measure(node, docArgs("many-commitments", "docx"), { runs: slowRuns }),
);
add("mou agenda --format docx, 50,000-letter words", measure(node, docArgs("long-words", "docx"), { runs: slowRuns }));
const worstPdf = [manyPdf, longPdf, agenda, reportPdf];
const inProcess = JSON.parse(
  spawnSync(node, ["bench/pdf-in-process.mjs", mdPath], { cwd: root, encoding: "utf8" }).stdout,
);
console.log(
  `PDF in-process: import ${inProcess.importMs.toFixed(0)} ms, first render ` +
    `${inProcess.firstRenderMs.toFixed(0)} ms, warm render ` +
    `${inProcess.warmRenderMs.toFixed(0)} ms`,
);

console.log("The worst files under the size limit, through every command …");
const worst = runPathological({ runs: 1 });
const worstMs = Math.max(...worst.map((r) => r.ms));
const worstMb = Math.max(...worst.map((r) => r.mb ?? 0));

const listings = ["mou check", "mou due", "mou list", "mou commitments --search"];
const x = (a, b) => a.ms / b.ms;
const shown = (v, label) => `${v.toFixed(2)} × ${label}`;
const worstOf = (suiteResult, names) => Math.max(...names.map((n) => x(suiteResult[n], suiteResult["mou validate"])));
const peak50k = Math.max(
  ...Object.entries(s50k)
    .filter(([n]) => n.startsWith("mou"))
    .map(([, r]) => r.mb ?? 0),
);
const budgets = [
  ["mou --version ≤ 1.2 × node -e 0", x(version, nodeStart), 1.2, shown(x(version, nodeStart), "node")],
  [
    "mou due on the bundled agreements ≤ 2 × node -e 0",
    x(dueBundled, nodeStart),
    2,
    shown(x(dueBundled, nodeStart), "node"),
  ],
  ...[
    ["10,000 files", s10k],
    ["10,000 files, each with warnings", sWarn],
  ].flatMap(([label, r]) => [
    [
      `check, due, list, commitments --search ≤ 1.0 × validate (${label})`,
      worstOf(r, listings),
      1,
      shown(worstOf(r, listings), "validate (slowest)"),
    ],
    [
      `validate ≤ 1.5 × js-yaml floor (${label})`,
      x(r["mou validate"], r["js-yaml floor"]),
      1.5,
      shown(x(r["mou validate"], r["js-yaml floor"]), "floor"),
    ],
    [
      `validate ≤ 0.8 × ajv-cli (${label})`,
      x(r["mou validate"], r["ajv-cli validate"]),
      0.8,
      shown(x(r["mou validate"], r["ajv-cli validate"]), "ajv-cli"),
    ],
  ]),
  [
    "warm cache: due ≤ 0.5 × uncached run (10,000 files)",
    x(cacheWarm, s10k["mou due"]),
    0.5,
    shown(x(cacheWarm, s10k["mou due"]), "uncached"),
  ],
  [
    "warm cache: due ≤ 0.5 × first run into an empty cache",
    x(cacheWarm, cacheCold),
    0.5,
    shown(x(cacheWarm, cacheCold), "first run"),
  ],
  [
    "agenda PDF ≤ 0.6 s (whole command)",
    agenda.ms,
    600,
    `${agenda.ms.toFixed(0)} ms (${(agenda.ms / pdfNode.ms).toFixed(1)} × node -e 0 alternated with it)`,
  ],
  // "Well under three times list": a quarter under, so that a run at the budget is plainly short of it.
  [
    "site of 1,000 agreements well under 3 × list (≤ 2.25 ×)",
    x(siteRun, list1k),
    2.25,
    shown(x(siteRun, list1k), "list"),
  ],
  [
    "any agenda or report PDF ≤ 5 s (10,000 commitments; 50,000-letter words)",
    Math.max(...worstPdf.map((r) => r.ms)),
    5000,
    `${Math.max(...worstPdf.map((r) => r.ms)).toFixed(0)} ms`,
  ],
  ...(hasTime
    ? [
        [
          "any agenda or report PDF ≤ 300 MB",
          Math.max(...worstPdf.map((r) => r.mb)),
          300,
          `${Math.max(...worstPdf.map((r) => r.mb)).toFixed(0)} MB`,
        ],
        ["peak memory on 50,000 files ≤ 250 MB, every command", peak50k, 250, `${peak50k.toFixed(0)} MB (largest)`],
      ]
    : []),
  [
    "any file under the size limit, any command ≤ 2 s",
    worstMs,
    2000,
    `${worstMs.toFixed(0)} ms (slowest of ${worst.length} runs)`,
  ],
  ...(hasTime
    ? [["any file under the size limit, any command ≤ 300 MB", worstMb, 300, `${worstMb.toFixed(0)} MB (largest)`]]
    : []),
];

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const lines = [
  "# Benchmark results",
  "",
  `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ` +
    `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ` +
    `${os.release()}, Node ${process.version}; load average at the end ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} (above the number of cores, others were using the ` +
    "machine, and single rounds are noisy).",
  `Medians of whole-process runs, the commands of one corpus in alternating rounds so that a busy moment ` +
    `of this shared machine falls on all alike (31 rounds for start-up, 11 with node -e 0 for the agenda ` +
    `PDF, 5 for 1,000 files, ${slowRuns} for 10,000 files, one for 50,000), after a warm-up round (none ` +
    `at 50,000, nor at 10,000 with one round); peak memory is the largest resident set seen ` +
    `(\`/usr/bin/time -v\`). Ratios compare figures of the same run.`,
  "Corpora: generated agreements of about 4 KB with ten commitments, Vietnamese text and " +
    "unquoted dates (`bench/corpus.mjs`); every tenth file has three overdue commitments (warnings), and " +
    "one corpus has them in every file. ajv-cli gets a copy with quoted dates. The js-yaml floor reads " +
    "and parses every file with js-yaml, mou's parser, and does nothing else (`bench/floor.mjs`). mou's " +
    "rows read every file afresh (`--no-cache`) and print the default table unless `--format json` says " +
    "otherwise; the cache has rows of its own. Documents: one file " +
    "with 10,000 commitments (1.0 MB, under the size limit) and one with words of 50,000 and 20,000 letters " +
    `(\`bench/documents.mjs\`). The Word output (${manyDocx.ms.toFixed(0)} ms for 10,000 commitments) has no ` +
    "budget: the docx package holds the whole document as objects before it writes it.",
  "",
  "| command | median | × reference | peak memory |",
  "| --- | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.ms.toFixed(0)} ms | ${r.ref ? shown(x(r, r.ref.result), r.ref.label) : "—"} | ` +
      `${r.mb === undefined ? "—" : `${r.mb.toFixed(0)} MB`} |`,
  ),
  "",
  "## Growth and threads",
  "",
  "Time and peak memory from 1,000 to 10,000 to 50,000 files (linear growth keeps the ratios near 10 and 5):",
  "",
  "| command | 1,000 | 10,000 | 50,000 | × per 10× / 5× files |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...Object.keys(s50k).map((name) => {
    const [a, b, c] = [s1k[name], s10k[name], s50k[name]];
    const cell = (r) => `${r.ms.toFixed(0)} ms, ${r.mb?.toFixed(0) ?? "—"} MB`;
    return `| ${name} | ${cell(a)} | ${cell(b)} | ${cell(c)} | ${x(b, a).toFixed(1)} / ${x(c, b).toFixed(1)} |`;
  }),
  "",
  `Threads: on this machine (${os.availableParallelism()} cores) validating 10,000 files takes ` +
    `${oneThread.ms.toFixed(0)} ms on one thread and ${twoThreads.ms.toFixed(0)} ms with a second ` +
    `(${shown(x(twoThreads, oneThread), "one thread")}), and \`due\` ${dueOne.ms.toFixed(0)} ms and ` +
    `${dueTwo.ms.toFixed(0)} ms (${shown(x(dueTwo, dueOne), "one thread")}), at the price of a second heap. ` +
    "Every command that reads a folder of 2,000 files or more uses one thread per core, at most four; the " +
    "threads take the next file from a shared counter, so none waits for another at the end, and each file " +
    "is reduced to what the command prints as it arrives. `MOU_THREADS` overrides it. On a machine that " +
    "others load, a process of two threads also wins a larger share of the processor.",
  "",
  `The cache (\`docs/cache.md\`): \`mou due\` on 10,000 unchanged files takes ${cacheWarm.ms.toFixed(0)} ms ` +
    `warm, ${shown(x(cacheWarm, s10k["mou due"]), "the uncached run")}; the first run, which writes the ` +
    `cache, ${cacheCold.ms.toFixed(0)} ms (${shown(x(cacheCold, s10k["mou due"]), "uncached")}); \`mou check\` ` +
    `warm ${checkWarm.ms.toFixed(0)} ms.`,
  "",
  `PDF rendering in-process (\`bench/pdf-in-process.mjs\`): loading the pipeline and preparing the ` +
    `document ${inProcess.importMs.toFixed(0)} ms, first render ` +
    `${inProcess.firstRenderMs.toFixed(0)} ms (fonts parsed and subset), warm render ` +
    `${inProcess.warmRenderMs.toFixed(0)} ms.`,
  "",
  "## The static site",
  "",
  `Of the ${siteRun.ms.toFixed(0)} ms that \`mou site\` takes on 1,000 agreements, creating its files ` +
    `takes ${writeFloor.ms.toFixed(0)} ms by itself on this machine (the disk floor above: the same number ` +
    "of files of the same sizes, written the same way, by a process that makes no page).",
  "",
  `\`mou site\` writes both languages: for 1,000 agreements ${folderLine(weights1k)}; for the bundled ` +
    `agreements ${folderLine(weightsBundled)}. What a browser loads (the page script is the only script; ` +
    "there is no framework):",
  "",
  "| page | 1,000 agreements | gzip | bundled agreements | gzip |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...weightRows(weights1k, weightsBundled),
  "## The worst files under the size limit",
  "",
  `\`bench/pathological.mjs\` (\`npm run bench:worst\`) fills ${Object.keys(shapes).length} files of up to 1 MiB ` +
    "with what makes each stage work hardest, and runs every command on each; the slowest command per file:",
  "",
  "| file | slowest command | time | processor | peak memory |",
  "| --- | --- | ---: | ---: | ---: |",
  ...Object.keys(shapes).map((shape) => {
    const runs = worst.filter((r) => r.shape === shape);
    const slow = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const peak = Math.max(...runs.map((r) => r.mb ?? 0));
    return (
      `| ${shape} | ${slow.command} | ${slow.ms.toFixed(0)} ms | ` +
      `${slow.cpu === undefined ? "—" : `${slow.cpu.toFixed(0)} ms`} | ${peak ? `${peak.toFixed(0)} MB` : "—"} |`
    );
  }),
  "",
  "## Budgets",
  "",
  "| budget | measured | met |",
  "| --- | --- | :---: |",
  ...budgets.map(([name, value, limit, shown]) => `| ${name} | ${shown} | ${value <= limit ? "yes" : "**no**"} |`),
  "",
  ...(agenda.ms > 600
    ? [
        `Why the PDF budget is not met here: node -e 0 took ${pdfNode.ms.toFixed(0)} ms alternated with it ` +
          `(a quiet machine starts Node in about 120 ms); loading the document pipeline — pdfkit bundled ` +
          `without the parts mou never calls — and preparing the document took ` +
          `${inProcess.importMs.toFixed(0)} ms, and the first render ${inProcess.firstRenderMs.toFixed(0)} ms ` +
          `with the build-time subset fonts (a warm render in the same process takes ` +
          `${inProcess.warmRenderMs.toFixed(0)} ms: the rest is code run for the first time — fontkit ` +
          `reading and re-encoding the fonts, marked's first lexing). The Markdown agenda itself (YAML, ` +
          `schema, Handlebars) is the other half of the command.`,
        "",
      ]
    : []),
];
writeFileSync(join(root, "bench/RESULTS.md"), lines.join("\n"));
console.log(`\n${lines.slice(lines.indexOf("## Budgets")).join("\n")}`);
console.log("Written to bench/RESULTS.md");
spawnSync(node, ["bench/site.mjs"], { cwd: root, stdio: "inherit" });
