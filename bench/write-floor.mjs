// The disk's share of `mou site`: writes as many files of the same sizes as a site holds, the way the
// site is written (a new folder beside the target, a few writes in flight, renamed over the previous
// one, which is then removed), and nothing else. Usage: node bench/write-floor.mjs <site> <target>
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const [site, target] = process.argv.slice(2);
const files = readdirSync(site, { recursive: true }).filter((f) => statSync(join(site, f)).isFile());
const sizes = files.map((f) => [f, statSync(join(site, f)).size]);
const temp = `${target}.tmp`;
await mkdir(temp, { recursive: true });
const pending = new Set();
for (const [file, size] of sizes) {
  await mkdir(dirname(join(temp, file)), { recursive: true });
  const write = writeFile(join(temp, file), "x".repeat(size)).then(() => pending.delete(write));
  pending.add(write);
  if (pending.size >= 64) await Promise.race(pending);
}
await Promise.all(pending);
if (existsSync(target)) {
  await rename(target, `${target}.old`);
  await rename(temp, target);
  await rm(`${target}.old`, { recursive: true, force: true });
} else await rename(temp, target);
