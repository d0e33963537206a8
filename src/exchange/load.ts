import type { Context } from "../context.js";
import type { Diagnostic } from "../core/validation/diagnostic.js";
import { formatMessage } from "../core/validation/messages.js";
import { checkFile } from "../load/check.js";
import { unreadable } from "../load/check-one.js";
import { MAX_FILE_BYTES } from "../load/decode.js";
import { agreementsFolder, displayPath } from "../load/files.js";
import { ReadProblem, readRegularFile, TooLarge } from "../load/read-file.js";
import { ReusedIds } from "../load/reused-ids.js";
import type { FingerprintedAgreement } from "./export-view.js";
import { fingerprint } from "./keys.js";

export interface FingerprintedFolder {
  agreements: FingerprintedAgreement[];
  /** Ids whose file exists but is invalid now, so that a row can say why its agreement is missing. */
  invalidIds: Set<string>;
  skipped: Diagnostic[];
  skippedFiles: number;
}

/**
 * The valid agreements of the agreements folder, each with the fingerprint of the very bytes it was read
 * from (so that a file changed a moment later is never mistaken for the version exported or checked).
 */
export async function loadFingerprinted(context: Context): Promise<FingerprintedFolder> {
  const reused = new ReusedIds(context.lang);
  const out: FingerprintedFolder = { agreements: [], invalidIds: new Set(), skipped: [], skippedFiles: 0 };
  const found = await agreementsFolder(context.dir, context.cwd, context.lang);
  const skip = (diagnostics: readonly Diagnostic[]) => {
    out.skippedFiles++;
    for (const d of diagnostics) out.skipped.push(d);
  };
  for (const { path, reason } of found.problems)
    skip(unreadable(displayPath(context.cwd, path), reason, context.lang).diagnostics);
  for (const path of found.files) {
    const file = displayPath(context.cwd, path);
    let bytes: Uint8Array;
    try {
      // Only a regular file, and no more than the size limit, as every other reading.
      bytes = readRegularFile(path, MAX_FILE_BYTES);
    } catch (error) {
      if (error instanceof ReadProblem) skip(unreadable(file, error.reason, context.lang).diagnostics);
      else if (error instanceof TooLarge) {
        const message = formatMessage("file/too-large", { size: error.size, limit: MAX_FILE_BYTES }, context.lang);
        skip([{ file, line: 1, column: 1, severity: "error", code: "file/too-large", message, path: "" }]);
      } else throw error;
      continue;
    }
    const result = checkFile(file, bytes, { asOf: context.asOf, lang: context.lang });
    reused.check(result);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0 || result.agreement === undefined) {
      if (result.id !== undefined) out.invalidIds.add(result.id.value);
      skip(errors);
      continue;
    }
    out.agreements.push({ file, agreement: result.agreement, fingerprint: fingerprint(bytes) });
  }
  return out;
}
