// Runs the whole suite once per time zone: no result may depend on the machine's zone. Ends with one
// "N passed, N failed" line over all runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"];
const work = mkdtempSync(join(tmpdir(), "mou-tz-"));
let passed = 0;
let failed = 0;
let broken = false;
for (const zone of zones) {
  console.log(`\n— TZ=${zone}`);
  const report = join(work, `${zone.replace(/\W/g, "_")}.json`);
  const run = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  try {
    const result = JSON.parse(readFileSync(report, "utf8"));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
  } catch {
    broken = true;
  }
  if (run.status !== 0) broken = true;
}
rmSync(work, { recursive: true, force: true });
console.log(`\nTotal over ${zones.length} time zones:`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
