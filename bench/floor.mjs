// The YAML parse floor: read every file under a folder and parse it with js-yaml — the parser mou itself
// uses — and nothing else: no positions, no schema, no rules.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsyaml from "js-yaml";

const folder = process.argv[2];
let count = 0;
for (const name of readdirSync(folder)) {
  if (!name.endsWith(".yaml")) continue;
  jsyaml.load(readFileSync(join(folder, name), "utf8"));
  count++;
}
if (count === 0) process.exit(1);
