// The YAML parse floor: read every file under a folder and parse it with the yaml package, nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";

const folder = process.argv[2];
let count = 0;
for (const name of readdirSync(folder)) {
  if (!name.endsWith(".yaml")) continue;
  parseDocument(readFileSync(join(folder, name), "utf8")).toJS();
  count++;
}
if (count === 0) process.exit(1);
