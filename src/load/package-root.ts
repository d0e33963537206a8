import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of the installed package — the one holding templates/ and schemas/ beside package.json —
 * found from this module's location, whether it runs from src/ or from the bundle in dist/.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "templates")) || !existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the installed files of mou (templates/, schemas/)");
    dir = parent;
  }
  return dir;
}
