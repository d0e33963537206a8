import { join, resolve } from "node:path";
import { formatMessage } from "../core/validation/messages.js";
import { UsageError } from "../errors.js";
import { type Lang, messages } from "../i18n/index.js";
import { packageRoot } from "./package-root.js";
import { ReadProblem, readRegularFile, TooLarge } from "./read-file.js";

/** A template is a page of Markdown; a file far larger is not one. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The agenda template: the user's --template, else the bundled one for the language. */
export const loadAgendaTemplate = (lang: Lang, custom: string | undefined, cwd: string): Promise<string> =>
  loadTemplate("agenda", lang, custom, cwd);

/**
 * A document's template: the user's --template, else the bundled `<name>.<lang>.md.hbs`. Only a regular
 * file of at most MAX_TEMPLATE_BYTES is read: a named pipe would block, /dev/zero would never end.
 */
export async function loadTemplate(
  name: "agenda" | "report",
  lang: Lang,
  custom: string | undefined,
  cwd: string,
): Promise<string> {
  const path = custom === undefined ? join(packageRoot(), "templates", `${name}.${lang}.md.hbs`) : resolve(cwd, custom);
  const fail = (reason: string) => new UsageError(messages(lang).access.template({ path: custom ?? path, reason }));
  try {
    return utf8.decode(readRegularFile(path, MAX_TEMPLATE_BYTES));
  } catch (error) {
    if (error instanceof ReadProblem)
      throw fail(
        error.reason.code === "ENOENT"
          ? messages(lang).access.noSuchFile
          : messages(lang).access.unreadable(error.reason),
      );
    if (error instanceof TooLarge)
      throw fail(formatMessage("file/too-large", { size: error.size, limit: MAX_TEMPLATE_BYTES }, lang));
    if (error instanceof TypeError) throw fail(messages(lang).access.notUtf8);
    throw error;
  }
}
