// The start-up rows of the benchmark alone: `node bench/startup.mjs [project folder] [rounds]`
// (`npm run bench:startup`). `node -e 0`, `mou --version` and `mou due` on the bundled agreements, in
// alternating rounds (31 by default, as `npm run bench` runs them) so that a busy moment of the machine
// falls on all alike; medians of wall time and of processor time (user + system, which a busy machine
// disturbs less), and the budgets of issue 20: --version ≤ 1.2 × node, due ≤ 2 × node. The folder defaults
// to this project: pointing it at another build of mou (a checkout of main) measures before and after.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const project = resolve(process.argv[2] ?? here);
const rounds = Number(process.argv[3] ?? 31);
const bin = join(project, "bin", "mou.js");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run: wall ms and processor ms (GNU time). */
function once(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, ...args], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-300)}`);
  const [user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

const cases = {
  "node -e 0": ["-e", "0"],
  "mou --version": [bin, "--version"],
  "mou due, the bundled agreements": [bin, "due", "--no-cache", "--as-of", "2025-07-01"],
};
const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (const args of Object.values(cases)) once(args);
for (let i = 0; i < rounds; i++) for (const [name, args] of Object.entries(cases)) samples[name].push(once(args));

const node = median(samples["node -e 0"].map((s) => s.wall));
const budgets = { "mou --version": 1.2, "mou due, the bundled agreements": 2 };
console.log(`${project}, ${rounds} rounds, Node ${process.version}\n`);
for (const [name, runs] of Object.entries(samples)) {
  const wall = median(runs.map((s) => s.wall));
  const cpu = median(runs.map((s) => s.cpu));
  const ratio = wall / node;
  const budget = budgets[name];
  const verdict = budget === undefined ? "" : `  ${ratio <= budget ? "within" : "over"} ${budget} ×`;
  const times = `${wall.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)} × node  cpu ${cpu.toFixed(0)} ms`;
  console.log(`${name.padEnd(34)} ${times}${verdict}`);
}
