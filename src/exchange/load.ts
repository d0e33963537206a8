import { readFileSync } from "node:fs";
import type { Context } from "../context.js";
import type { Diagnostic } from "../core/validation/diagnostic.js";
import { formatMessage } from "../core/validation/messages.js";
import { checkFile } from "../load/check.js";
import { agreementsFolder, displayPath } from "../load/files.js";
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
  for (const path of await agreementsFolder(context.dir, context.cwd)) {
    const file = displayPath(context.cwd, path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const message = formatMessage(
        "file/unreadable",
        { reason: (error as NodeJS.ErrnoException).code ?? "" },
        context.lang,
      );
      out.skippedFiles++;
      out.skipped.push({ file, line: 1, column: 1, severity: "error", code: "file/unreadable", message, path: "" });
      continue;
    }
    const result = checkFile(file, bytes, { asOf: context.asOf, lang: context.lang });
    reused.check(result);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0 || result.agreement === undefined) {
      if (result.id !== undefined) out.invalidIds.add(result.id.value);
      out.skippedFiles++;
      out.skipped.push(...errors);
      continue;
    }
    out.agreements.push({ file, agreement: result.agreement, fingerprint: fingerprint(bytes) });
  }
  return out;
}
