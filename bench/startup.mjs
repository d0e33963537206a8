// Start-up cost of the built CLI: the median wall time of `mou --version` against `node -e 0`, over
// whole-process runs. Run with `npm run bench` (it builds first).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 21);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
    if (i >= 2) samples.push(ms); // the first runs warm the file cache
  }
  return median(samples);
}

const cases = [
  ["node -e 0", ["-e", "0"]],
  ["mou --version", [join(root, "bin", "mou.js"), "--version"]],
  ["mou validate (bundled agreements)", [join(root, "bin", "mou.js"), "validate"]],
];
const results = cases.map(([name, args]) => [name, time(args)]);
const floor = results[0][1];
console.log(`Node ${process.version}, ${runs} runs each, median wall time\n`);
console.log("| command | median ms | × node -e 0 |");
console.log("| --- | ---: | ---: |");
for (const [name, ms] of results) console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / floor).toFixed(2)} |`);
