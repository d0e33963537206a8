import type { Context } from "../context.js";
import type { AgreementFile, Retention } from "../core/model/agreement.js";
import type { Diagnostic } from "../core/validation/diagnostic.js";
import { agreementsFolder } from "./files.js";
import { checkFiles } from "./load-files.js";

export interface LoadedAgreement extends AgreementFile {
  reviewAt?: { line: number; column: number };
}

export interface LoadedAgreements {
  agreements: LoadedAgreement[];
  /** The errors of the files that were skipped because they are invalid. */
  skipped: Diagnostic[];
  skippedFiles: number;
}

/**
 * The valid agreements of the agreements folder. Invalid files are skipped; their errors come back so
 * the command can report them on stderr and exit 1.
 */
export async function loadAgreements(context: Context, retain: Retention = "full"): Promise<LoadedAgreements> {
  // No code frames here: the text of every file with a warning would otherwise stay until all are read.
  const results = await checkFiles(await agreementsFolder(context.dir, context.cwd, context.lang), {
    ...context,
    retain,
    frames: false,
    // Only the errors of the files skipped are reported.
    warnings: false,
    // Whole agreements are kept by this thread: a second heap holding copies as well would cost more memory
    // than the time it saves.
    parallel: retain !== "full",
  });
  const agreements: LoadedAgreement[] = [];
  const skipped: Diagnostic[] = [];
  let skippedFiles = 0;
  for (const r of results) {
    if (!r.diagnostics.some((d) => d.severity === "error") && r.agreement)
      agreements.push(
        r.reviewAt
          ? { file: r.file, agreement: r.agreement, reviewAt: r.reviewAt }
          : { file: r.file, agreement: r.agreement },
      );
    else {
      skippedFiles++;
      for (const d of r.diagnostics) if (d.severity === "error") skipped.push(d);
    }
  }
  return { agreements, skipped, skippedFiles };
}
