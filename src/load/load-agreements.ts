import type { Context } from "../context.js";
import type { AgreementFile, Retention } from "../core/model/agreement.js";
import type { Diagnostic } from "../core/validation/diagnostic.js";
import { agreementsFolder, type FoundFiles } from "./files.js";
import { visitFiles } from "./load-files.js";

export interface LoadedAgreement extends AgreementFile {
  reviewAt?: { line: number; column: number };
  /** The hash of the file's bytes (`contentHash`), when asked for. */
  digest?: string;
}

export interface LoadedAgreements {
  agreements: LoadedAgreement[];
  /** The errors of the files that were skipped because they are invalid. */
  skipped: Diagnostic[];
  skippedFiles: number;
}

/**
 * The valid agreements of the agreements folder. Invalid files are skipped; their errors come back so
 * the command can report them on stderr and exit 1. `each`, when given, is handed every valid agreement
 * as soon as it is read, in file order, for a command that starts work on it while the rest are read;
 * with `digests`, each agreement comes with a digest of its file's bytes. `found` is the folder's files,
 * when the caller looked for them already.
 */
export async function loadAgreements(
  context: Context,
  retain: Retention = "full",
  {
    each,
    digests = false,
    found,
  }: { each?: (agreement: LoadedAgreement) => void; digests?: boolean; found?: FoundFiles } = {},
): Promise<LoadedAgreements> {
  const agreements: LoadedAgreement[] = [];
  const skipped: Diagnostic[] = [];
  let skippedFiles = 0;
  // No code frames here: the text of every file with a warning would otherwise stay until all are read.
  const options = {
    ...context,
    retain,
    frames: false,
    // Only the errors of the files skipped are reported.
    warnings: false,
    // Whole agreements are kept by this thread: a second heap holding copies as well would cost more memory
    // than the time it saves.
    parallel: retain !== "full",
    digest: digests,
  };
  await visitFiles(found ?? (await agreementsFolder(context.dir, context.cwd, context.lang)), options, (r) => {
    if (!r.diagnostics.some((d) => d.severity === "error") && r.agreement) {
      const loaded: LoadedAgreement = { file: r.file, agreement: r.agreement };
      if (r.reviewAt) loaded.reviewAt = r.reviewAt;
      if (r.digest !== undefined) loaded.digest = r.digest;
      agreements.push(loaded);
      each?.(loaded);
    } else {
      skippedFiles++;
      for (const d of r.diagnostics) if (d.severity === "error") skipped.push(d);
    }
  });
  return { agreements, skipped, skippedFiles };
}
