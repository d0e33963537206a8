// mou's benchmark: whole-process runs, medians, peak memory, and the budgets they must meet.
// `npm run bench` builds first; BENCH_RUNS sets the runs of the slow cases (default 3).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
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
function measure(command, args, { runs, okCodes = [0] }) {
  const times = [];
  const peaks = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], {
          cwd: root,
          encoding: "utf8",
          maxBuffer: 1 << 30,
          env: { ...process.env, NO_COLOR: "1" },
        })
      : spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
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
const c1k = corpus(join(root, "bench/corpus/1k"), 1000);
const c10k = corpus(join(root, "bench/corpus/10k"), 10000);
const c10kq = corpus(join(root, "bench/corpus/10k-quoted"), 10000, { quoteDates: true });
const c1kq = corpus(join(root, "bench/corpus/1k-quoted"), 1000, { quoteDates: true });
const node = process.execPath;
const asOf = ["--as-of", "2026-01-01"];
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
const add = (name, result, compare) => {
  rows.push({ name, ...result, compare });
  console.log(
    `${name.padEnd(46)} ${result.ms.toFixed(0).padStart(7)} ms ` +
      `${result.mb === undefined ? "" : `${result.mb.toFixed(0).padStart(5)} MB`}`,
  );
  return result;
};

console.log("Measuring …");
// Start-up is a matter of milliseconds: the two are measured alternately, so that a busy moment of the
// machine falls on both alike.
const startSamples = { node: [], mou: [] };
for (let i = 0; i < 31; i++) {
  startSamples.node.push(measure(node, ["-e", "0"], { runs: 1 }));
  startSamples.mou.push(measure(node, [bin, "--version"], { runs: 1 }));
}
const pick = (xs) => ({ ms: median(xs.map((x) => x.ms)), mb: Math.max(...xs.map((x) => x.mb ?? 0)) || undefined });
const nodeStart = add("node -e 0", pick(startSamples.node));
const version = add("mou --version", pick(startSamples.mou));
add("YAML parse floor, 1,000 files", measure(node, ["bench/floor.mjs", c1k], { runs: 5 }));
add("mou validate, 1,000 files", measure(node, [bin, "validate", c1k, ...asOf], { runs: 5 }));
const ajv1k = add("ajv-cli validate, 1,000 files", measure(ajv, ajvArgs(c1kq), { runs: 5 }));
// The static site against the listing it is a richer view of, on the same 1,000 agreements. Each run
// replaces the site the previous one wrote.
mkdirSync(join(root, "bench/.out"), { recursive: true });
const site1k = join(root, "bench/.out/site-1k");
const list1k = add(
  "mou list, 1,000 files",
  measure(node, [bin, "--dir", c1k, "list", "--format", "json", ...asOf], { runs: 5 }),
);
const siteRun = add(
  "mou site, 1,000 files",
  measure(node, [bin, "--dir", c1k, "site", "-o", site1k, ...asOf], { runs: 5 }),
);
const writeFloor = add(
  "disk floor: writing the same files",
  measure(node, ["bench/write-floor.mjs", site1k, join(root, "bench/.out/write-floor")], { runs: 5 }),
);
const bundledSite = join(root, "bench/.out/site-bundled");
spawnSync(node, [bin, "site", "-o", bundledSite, ...asOf], { cwd: root });
const weights1k = siteWeights(site1k);
const weightsBundled = siteWeights(bundledSite);
const floor10k = add("YAML parse floor, 10,000 files", measure(node, ["bench/floor.mjs", c10k], { runs: slowRuns }));
const validate10k = add(
  "mou validate, 10,000 files",
  measure(node, [bin, "validate", c10k, ...asOf], { runs: slowRuns }),
);
const ajv10k = add("ajv-cli validate, 10,000 files", measure(ajv, ajvArgs(c10kq), { runs: slowRuns }));
const due = add(
  "mou due, 10,000 files",
  measure(node, [bin, "--dir", c10k, "due", "--format", "json", ...asOf], { runs: slowRuns }),
);
const list = add(
  "mou list, 10,000 files",
  measure(node, [bin, "--dir", c10k, "list", "--format", "json", ...asOf], { runs: slowRuns }),
);
const search = add(
  "mou commitments --search, 10,000 files",
  measure(node, [bin, "--dir", c10k, "commitments", "--search", "do thi", "--format", "json", ...asOf], {
    runs: slowRuns,
  }),
);
const pdfPath = join(root, "bench/.out/agenda.pdf");
// The PDF, like start-up, alternately with node -e 0, so that a busy moment falls on both alike.
const pdfArgs = [bin, "agenda", "nghe-an-quang-ngai-2023", "--format", "pdf", "-o", pdfPath, "--force"];
const pdfSamples = { node: [], pdf: [] };
for (let i = 0; i < 11; i++) {
  pdfSamples.node.push(measure(node, ["-e", "0"], { runs: 1 }));
  pdfSamples.pdf.push(measure(node, [...pdfArgs, "--as-of", "2025-07-01"], { runs: 1 }));
}
const pdfNode = pick(pdfSamples.node);
const agenda = add("mou agenda --format pdf (whole command)", pick(pdfSamples.pdf));
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

const tenK = [validate10k, due, list, search];
const budgets = [
  ["start-up ≤ 1.3 × node -e 0", version.ms / nodeStart.ms, 1.3, `${(version.ms / nodeStart.ms).toFixed(2)} ×`],
  [
    "validate 10,000 files ≤ ajv-cli",
    validate10k.ms / ajv10k.ms,
    1,
    `${(validate10k.ms / ajv10k.ms).toFixed(2)} × ajv-cli`,
  ],
  ["due ≤ YAML parse floor", due.ms / floor10k.ms, 1, `${(due.ms / floor10k.ms).toFixed(2)} × floor`],
  ["list ≤ YAML parse floor", list.ms / floor10k.ms, 1, `${(list.ms / floor10k.ms).toFixed(2)} × floor`],
  [
    "commitments --search ≤ YAML parse floor",
    search.ms / floor10k.ms,
    1,
    `${(search.ms / floor10k.ms).toFixed(2)} × floor`,
  ],
  [
    "agenda PDF ≤ 0.6 s (whole command)",
    agenda.ms,
    600,
    `${agenda.ms.toFixed(0)} ms (${(agenda.ms / pdfNode.ms).toFixed(1)} × node -e 0 alternated with it)`,
  ],
  ["site of 1,000 agreements < 3 × list", siteRun.ms / list1k.ms, 3, `${(siteRun.ms / list1k.ms).toFixed(2)} × list`],
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
  ...(hasTime
    ? [
        [
          "peak memory on 10,000 files ≤ 150 MB",
          Math.max(...tenK.map((r) => r.mb)),
          150,
          `${Math.max(...tenK.map((r) => r.mb)).toFixed(0)} MB (largest of validate, due, list, commitments)`,
        ],
      ]
    : []),
];

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const lines = [
  "# Benchmark results",
  "",
  `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ` +
    `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ` +
    `${os.release()}, Node ${process.version}.`,
  `Medians of whole-process runs (31 alternating pairs for start-up, 11 with node -e 0 for the ` +
    `agenda PDF, 5 for 1,000 files, ${slowRuns} for 10,000 files) after a warm-up run; peak memory is the largest ` +
    `resident set seen (\`/usr/bin/time -v\`).`,
  "Corpora: generated agreements of about 4 KB with ten commitments, Vietnamese text and " +
    "unquoted dates (`bench/corpus.mjs`); ajv-cli gets a copy with quoted dates. Documents: one file " +
    "with 10,000 commitments (1.0 MB, under the size limit) and one with words of 50,000 and 20,000 letters " +
    `(\`bench/documents.mjs\`). The Word output (${manyDocx.ms.toFixed(0)} ms for 10,000 commitments) has no ` +
    "budget: the docx package holds the whole document as objects before it writes it.",
  "",
  "| command | median | × reference | peak memory |",
  "| --- | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.ms.toFixed(0)} ms | ${ratioOf(r)} | ${r.mb === undefined ? "—" : `${r.mb.toFixed(0)} MB`} |`,
  ),
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
function ratioOf(r) {
  if (!r.name.startsWith("mou")) return "—";
  const ref = r.name.startsWith("mou --version")
    ? nodeStart
    : r === agenda
      ? pdfNode
      : r.name.startsWith("mou site")
        ? list1k
        : r.name.includes("validate, 1,000")
          ? ajv1k
          : r.name.includes("validate, 10,000")
            ? ajv10k
            : r.name.includes("10,000") && r.name.startsWith("mou")
              ? floor10k
              : undefined;
  if (!ref) return "—";
  const label =
    ref === nodeStart || ref === pdfNode ? "node" : ref === floor10k ? "floor" : ref === list1k ? "list" : "ajv-cli";
  return `${(r.ms / ref.ms).toFixed(2)} × ${label}`;
}
writeFileSync(join(root, "bench/RESULTS.md"), lines.join("\n"));
console.log(`\n${lines.slice(lines.indexOf("## Budgets")).join("\n")}`);
console.log("Written to bench/RESULTS.md");
spawnSync(node, ["bench/site.mjs"], { cwd: root, stdio: "inherit" });
