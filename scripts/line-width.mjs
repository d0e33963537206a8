// Biome wraps code at 120 columns but leaves long strings and comments alone; this holds them to it too.
// Prints each line over the limit as file:line:col and exits 1 if there is one.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const LIMIT = 120;
const files = execFileSync("git", ["ls-files", "src/*.ts", "test/*.ts", "scripts/*.mjs", "bench/*.mjs"], {
  encoding: "utf8",
})
  .split("\n")
  // A file deleted but not yet committed is gone from the disk.
  .filter((file) => file && existsSync(file));
let long = 0;
for (const file of files) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const width = [...line].length;
      if (width > LIMIT) {
        long++;
        console.log(`${file}:${i + 1}:${LIMIT + 1}  line is ${width} characters long (limit ${LIMIT})`);
      }
    });
}
process.exit(long > 0 ? 1 : 0);
