import { readFileSync } from "node:fs";
import { type Retention, retention } from "../core/model/agreement.js";
import { formatMessage, severityOf } from "../core/validation/messages.js";
import type { Lang } from "../i18n/lang.js";
import { checkFile, type FileResult } from "./check.js";
import { displayPath } from "./files.js";

export interface LoadOptions {
  cwd: string;
  asOf: string;
  lang: Lang;
  /** How many threads may check files (default: one per core, at most four). */
  threads?: number;
  /** How much of each agreement to keep (default all). */
  retain?: Retention;
}

// Reads are synchronous on purpose: for thousands of small files they are much faster than awaiting each
// through the thread pool, and a command has nothing else to do meanwhile.
export function checkOne(path: string, options: LoadOptions): FileResult {
  const file = displayPath(options.cwd, path);
  try {
    const result = checkFile(file, readFileSync(path), options);
    if (result.agreement !== undefined) {
      // A structured clone owns its strings; the parsed value's strings are slices of the file's text.
      const kept = retention[options.retain ?? "full"](result.agreement);
      if (kept === undefined) delete result.agreement;
      else result.agreement = structuredClone(kept);
    }
    return result;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const code = "file/unreadable";
    return {
      file,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: severityOf(code),
          code,
          message: formatMessage(code, { reason }, options.lang),
          path: "",
        },
      ],
    };
  }
}
