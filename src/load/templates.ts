import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/lang.js";
import { packageRoot } from "./package-root.js";

/** The agenda template: the user's --template, else the bundled one for the language. */
export const loadAgendaTemplate = (lang: Lang, custom: string | undefined, cwd: string): Promise<string> =>
  loadTemplate("agenda", lang, custom, cwd);

/** A document's template: the user's --template, else the bundled `<name>.<lang>.md.hbs`. */
export async function loadTemplate(
  name: "agenda" | "report",
  lang: Lang,
  custom: string | undefined,
  cwd: string,
): Promise<string> {
  const path = custom === undefined ? join(packageRoot(), "templates", `${name}.${lang}.md.hbs`) : resolve(cwd, custom);
  return readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      `cannot read the template ${custom ?? path}: ` +
        `${error.code === "ENOENT" ? "no such file" : (error.code ?? error.message)}`,
    );
  });
}
