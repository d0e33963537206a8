import type { Context } from "../context.js";
import type { AgreementFile, Retention } from "../core/model/agreement.js";
import { detached } from "../core/text/detached.js";
import type { Diagnostic } from "../core/validation/diagnostic.js";
import { unreadable } from "./check-one.js";
import { agreementsFolder, displayPath } from "./files.js";
import { checkEach } from "./load-files.js";
import { ReusedIds } from "./reused-ids.js";

export interface Visited {
  /** Ids of the valid agreements, in file order. */
  ids: string[];
  skipped: Diagnostic[];
  skippedFiles: number;
}

/**
 * Hands each valid agreement of the agreements folder to `visit` as soon as it is read, and keeps
 * nothing of it: for commands that reduce every agreement to a few rows, so that a folder of ten thousand
 * files never sits in memory at once. Invalid files and reused ids are skipped as `loadAgreements` does.
 * With `borrow`, the visitor gets the agreement as read (its strings may be parts of the file's text) and
 * must copy whatever it keeps. Agreements are visited in file order.
 */
export async function eachAgreement(
  context: Context,
  visit: (file: AgreementFile) => void,
  { borrow = false, retain = "full" }: { borrow?: boolean; retain?: Retention } = {},
): Promise<Visited> {
  const reused = new ReusedIds(context.lang);
  const out: Visited = { ids: [], skipped: [], skippedFiles: 0 };
  const found = await agreementsFolder(context.dir, context.cwd, context.lang);
  for (const { path, reason } of found.problems) {
    out.skippedFiles++;
    for (const d of unreadable(displayPath(context.cwd, path), reason, context.lang).diagnostics) out.skipped.push(d);
  }
  // Results come in file order, from every thread, and nothing is kept once visited.
  await checkEach(
    found.files,
    { ...context, borrow, retain, frames: false, warnings: false, parallel: true },
    (result) => {
      reused.check(result);
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0 || result.agreement === undefined) {
        out.skippedFiles++;
        for (const d of errors) out.skipped.push(d);
        return;
      }
      out.ids.push(detached(result.agreement.id));
      visit({ file: result.file, agreement: result.agreement });
    },
  );
  return out;
}
