// The PDF rows of the benchmark alone: `node bench/pdf.mjs [project folder] [pairs]` (`npm run bench:pdf`).
// The agenda PDF of a bundled agreement alternately with node -e 0, then the agenda PDFs of 10,000
// commitments and of 50,000-letter words, each with its wall time, processor time (user + system, which a
// busy machine disturbs less) and peak memory. The folder defaults to this project: pointing it at another
// build of mou (a checkout of main) measures before and after on the same files.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { documentCorpus } from "./documents.mjs";

const here = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const project = resolve(process.argv[2] ?? here);
const pairs = Number(process.argv[3] ?? 11);
const bin = join(project, "bin", "mou.js");
const out = join(here, "bench", ".out");
const docs = documentCorpus(join(here, "bench", "corpus", "documents"));
mkdirSync(out, { recursive: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run: wall ms, processor ms and peak resident MB (GNU time). */
function once(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, ...args], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-300)}`);
  const [user, sys, kb] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, cpu: (user + sys) * 1000, mb: kb / 1024 };
}

const summary = (runs) => ({
  wall: median(runs.map((r) => r.wall)),
  cpu: median(runs.map((r) => r.cpu)),
  mb: Math.max(...runs.map((r) => r.mb)),
});
const agenda = (dir, id, file) => [
  bin,
  ...(dir ? ["--dir", dir] : []),
  "agenda",
  id,
  "--format",
  "pdf",
  "-o",
  join(out, file),
  "--force",
  "--as-of",
  "2025-07-01",
];

const small = { node: [], pdf: [] };
once(agenda(undefined, "nghe-an-quang-ngai-2023", "agenda.pdf"));
for (let i = 0; i < pairs; i++) {
  small.node.push(once(["-e", "0"]));
  small.pdf.push(once(agenda(undefined, "nghe-an-quang-ngai-2023", "agenda.pdf")));
}
const heavy = (id) =>
  summary(Array.from({ length: Math.max(1, Math.floor(pairs / 4)) }, () => once(agenda(docs, id, `${id}.pdf`))));
const rows = [
  ["node -e 0", summary(small.node)],
  ["mou agenda --format pdf (whole command)", summary(small.pdf)],
  ["mou agenda --format pdf, 10,000 commitments", heavy("many-commitments")],
  ["mou agenda --format pdf, 50,000-letter words", heavy("long-words")],
];
const node = rows[0][1];
console.log(
  `${project}: medians of ${pairs} alternating pairs (the documents: ${Math.max(1, Math.floor(pairs / 4))} runs)`,
);
console.log("| command | wall | × node -e 0 | processor | × node -e 0 | peak memory |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [name, r] of rows)
  console.log(
    `| ${name} | ${r.wall.toFixed(0)} ms | ${(r.wall / node.wall).toFixed(1)} | ${r.cpu.toFixed(0)} ms | ` +
      `${(r.cpu / node.cpu).toFixed(1)} | ${r.mb.toFixed(0)} MB |`,
  );
