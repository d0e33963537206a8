import { basename } from "node:path";
import type { Context } from "../context.js";
import type { AgreementFile } from "../core/model/agreement.js";
import { closestMatch } from "../core/validation/suggest.js";
import { UsageError } from "../errors.js";
import { diagnosticLine } from "../format/report/text.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { fileNameParts } from "../load/check.js";
import { agreementsFolder, displayPath } from "../load/files.js";
import { type LoadedAgreement, type LoadedAgreements, loadAgreements } from "../load/load-agreements.js";
import type { CommandOutput } from "./types.js";

/** The usage error for an id that names no agreement, with the closest one. */
export function unknownAgreement(id: string, ids: readonly string[], lang: Lang): UsageError {
  const m = messages(lang).common;
  const suggestion = closestMatch(id, ids);
  return new UsageError(m.unknownAgreement({ id, hint: suggestion ? m.didYouMean({ suggestion }) : "" }));
}

/** The agreement with this id, or a usage error that names the closest id. */
export function findAgreement<T extends AgreementFile>(files: readonly T[], id: string, lang: Lang): T {
  const found = files.find((f) => f.agreement.id === id);
  if (found) return found;
  throw unknownAgreement(
    id,
    files.map((f) => f.agreement.id),
    lang,
  );
}

/**
 * The valid agreement with this id; when the file named for it was skipped as invalid, its errors and a
 * sentence that says so (exit 1), rather than "no agreement" about a file the officer can see.
 */
export function findLoaded(
  loaded: LoadedAgreements,
  id: string,
  lang: Lang,
): { found: LoadedAgreement; refused?: never } | { found?: never; refused: CommandOutput } {
  const found = loaded.agreements.find((f) => f.agreement.id === id);
  if (found) return { found };
  const named = loaded.skipped.filter((d) => fileNameParts(basename(d.file)).stem === id);
  const file = named[0]?.file;
  if (file === undefined) return { found: findAgreement(loaded.agreements, id, lang) };
  const lines = named.filter((d) => d.file === file).map((d) => diagnosticLine(d, lang));
  lines.push(messages(lang).common.invalidAgreement({ id, file }));
  return { refused: { stdout: "", stderr: `${lines.join("\n")}\n`, exitCode: 1 } };
}

/**
 * The file of the agreement with this id, for an edit; a usage error that names the closest id if none.
 * A valid agreement is named for its id (rule/id-mismatch), and the first file to use an id owns it, so
 * the first file called <id>.yaml or <id>.yml is the one: nothing needs reading to find it, and an edit
 * costs the same in a folder of ten thousand files as in one of ten. The edit validates its result, so a
 * file that is not a valid agreement with this id is refused there, with its diagnostics. Only when no
 * such file exists are all files read, to name the closest id.
 */
export async function agreementFile(id: string, context: Context): Promise<string> {
  const found = await agreementsFolder(context.dir, context.cwd, context.lang);
  const named = found.files.find((path) => fileNameParts(basename(path)).stem === id);
  if (named !== undefined) return displayPath(context.cwd, named);
  const loaded = await loadAgreements(context, "schedule");
  return findAgreement(loaded.agreements, id, context.lang).file;
}
