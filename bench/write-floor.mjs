// The disk's share of `mou site`: writes as many files of the same sizes as a site holds, the way the
// site is written (a new folder beside the target, a few writes in flight, renamed over the previous
// one, which is then removed), and nothing else. Usage: node bench/write-floor.mjs <site> <target> [--parts]
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

// With --parts, where the floor comes from: the same number of files created empty, then written with
// their sizes, then named a second time (hard links), then removed, each timed on its own (wall and the
// process's processor time), to tell file creation from the bytes, the folder's size and the removal.
if (process.argv.includes("--parts")) {
  const { closeSync, linkSync, mkdirSync, openSync, rmSync, writeFileSync } = await import("node:fs");
  const base = `${target}.parts`;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const step = (name, each) => {
    const [wall, used] = [performance.now(), cpu()];
    for (const [file, size] of sizes) each(file, size);
    console.log(`${name}: ${(performance.now() - wall).toFixed(0)} ms, processor ${(cpu() - used).toFixed(0)} ms`);
  };
  const place = (folder, file) => {
    mkdirSync(dirname(join(base, folder, file)), { recursive: true });
    return join(base, folder, file);
  };
  rmSync(base, { recursive: true, force: true });
  console.log(`${sizes.length} files`);
  step("created empty", (file) => closeSync(openSync(place("empty", file), "wx")));
  step("created with their bytes", (file, size) =>
    writeFileSync(place("full", file), "x".repeat(size), { flag: "wx" }),
  );
  step("named again (hard links)", (file) => linkSync(join(base, "full", file), place("links", file)));
  for (const folder of ["links", "empty", "full"]) {
    const [wall, used] = [performance.now(), cpu()];
    rmSync(join(base, folder), { recursive: true });
    console.log(
      `removed ${folder}: ${(performance.now() - wall).toFixed(0)} ms, processor ${(cpu() - used).toFixed(0)} ms`,
    );
  }
  rmSync(base, { recursive: true, force: true });
}
