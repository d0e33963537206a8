import { basename } from "node:path";
import type { Context } from "../context.js";
import type { AgreementFile } from "../core/model/agreement.js";
import { closestMatch } from "../core/validation/suggest.js";
import { UsageError } from "../errors.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { fileNameParts } from "../load/check.js";
import { checkOne } from "../load/check-one.js";
import { agreementsFolder } from "../load/files.js";
import { loadAgreements } from "../load/load-agreements.js";

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
 * The file of the valid agreement with this id, for an edit; a usage error that names the closest id if
 * none. A valid agreement is named for its id (rule/id-mismatch), so only files called <id>.yaml or
 * <id>.yml need reading: an edit costs the same in a folder of ten thousand files as in one of ten.
 * (Another file that wrongly claims the same id is for `mou validate` to report; the edit concerns this
 * file alone.) Only when none is found are all files read, to name the closest id.
 */
export async function agreementFile(id: string, context: Context): Promise<string> {
  const found = await agreementsFolder(context.dir, context.cwd);
  for (const path of found.files) {
    if (fileNameParts(basename(path)).stem !== id) continue;
    const result = checkOne(path, { ...context, retain: "none" });
    if (result.id?.value !== id) continue;
    if (!result.diagnostics.some((d) => d.severity === "error")) return result.file;
    break;
  }
  const loaded = await loadAgreements(context, "schedule");
  return findAgreement(loaded.agreements, id, context.lang).file;
}
