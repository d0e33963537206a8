// `npm test`: build, type-check, lint, then the suite (vitest projects: everything in UTC, the
// zone-sensitive suites again in Pacific/Kiritimati and America/Los_Angeles). On a terminal vitest prints
// its full report; piped (CI logs) a compact one without colour. The last line always gives the counts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const tty = process.stdout.isTTY === true;
const plain = tty || process.env.FORCE_COLOR !== undefined ? {} : { NO_COLOR: "1" };
const bin = (name) => join("node_modules", ".bin", name);

function step(title, command, args, env = {}) {
  if (!tty) console.log(`> ${title}`);
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...plain, ...env } });
  if (run.status !== 0) {
    console.log(`\n${title} failed (exit ${run.status ?? run.signal}); tests not run`);
    process.exit(1);
  }
}

step("build", process.execPath, ["scripts/build.mjs"]);
step("typecheck", bin("tsc"), ["--noEmit"]);
step("typecheck (page script)", bin("tsc"), ["--noEmit", "-p", "src/site/client"]);
step("lint", bin("biome"), ["ci", `--colors=${tty ? "force" : "off"}`]);
step("line width", process.execPath, ["scripts/line-width.mjs"]);

const work = mkdtempSync(join(tmpdir(), "mou-test-"));
const report = join(work, "report.json");
const reporters = tty ? ["--reporter=default"] : ["--reporter=dot"];
const run = spawnSync(
  bin("vitest"),
  ["run", ...reporters, "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, ...plain },
  },
);
let summary = "tests: no report (vitest did not finish)";
let failed = true;
try {
  const result = JSON.parse(readFileSync(report, "utf8"));
  const skipped = result.numPendingTests + result.numTodoTests;
  summary =
    `tests: ${result.numPassedTests} passed, ${result.numFailedTests} ` +
    `failed${skipped ? `, ${skipped} skipped` : ""}`;
  failed = result.numFailedTests > 0 || result.numPassedTests === 0 || !result.success;
} catch {
  // no report: vitest itself failed; its output above says why
}
rmSync(work, { recursive: true, force: true });
console.log(`\n${summary}`);
process.exit(failed || run.status !== 0 ? 1 : 0);
