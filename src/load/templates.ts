import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../core/diagnostic.js";
import { UsageError } from "../errors.js";

/** The folder of the installed package (the one holding templates/), found from this module's location. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "templates")) || !existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the templates folder of mou");
    dir = parent;
  }
  return dir;
}

/** The agenda template: the user's --template, else the bundled one for the language. */
export async function loadAgendaTemplate(lang: Lang, custom: string | undefined, cwd: string): Promise<string> {
  const path = custom === undefined ? join(packageRoot(), "templates", `agenda.${lang}.md.hbs`) : resolve(cwd, custom);
  return readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read the template ${custom ?? path}: ${error.code === "ENOENT" ? "no such file" : (error.code ?? error.message)}`);
  });
}
