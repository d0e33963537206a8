import { type Retention, retention } from "../core/model/agreement.js";
import { formatMessage, severityOf } from "../core/validation/messages.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { cachedCheck } from "./cache/cached-check.js";
import { contentHash } from "./cache/entry.js";
import { CACHE_KEY } from "./cache/key.js";
import { checkFile, type FileResult } from "./check.js";
import { MAX_FILE_BYTES } from "./decode.js";
import { displayPath } from "./files.js";
import { ReadProblem, readRegularFile, TooLarge, type Unreadable } from "./read-file.js";

export interface LoadOptions {
  cwd: string;
  asOf: string;
  lang: Lang;
  /** Whether warnings are wanted (default yes; see CheckOptions). */
  warnings?: boolean;
  /** How many threads may check files (default: `defaultThreads` of the cores, at most four). */
  threads?: number;
  /** How much of each agreement to keep (default all). */
  retain?: Retention;
  /**
   * The caller looks at each agreement at once and keeps nothing of it but copies: the agreement is then
   * handed over as read, without a copy of its own.
   */
  borrow?: boolean;
  /** Whether the text of a file with findings is kept for code frames (default yes). */
  frames?: boolean;
  /** The cache folder, when results are remembered between runs (src/load/cache/). */
  cache?: string;
  /** Whether each result carries a digest of the file's bytes (`FileResult.digest`). */
  digest?: boolean;
}

/** The result for a path that cannot be read as an agreement file: one `file/unreadable` diagnostic. */
export function unreadable(file: string, reason: Unreadable, lang: Lang): FileResult {
  const code = "file/unreadable";
  const message = formatMessage(code, { reason: messages(lang).access.unreadable(reason) }, lang);
  return { file, diagnostics: [{ file, line: 1, column: 1, severity: severityOf(code), code, message, path: "" }] };
}

// `path` is one that the search for agreement files found to be a regular file.
// Reads are synchronous on purpose: for thousands of small files they are much faster than awaiting each
// through the thread pool, and a command has nothing else to do meanwhile.
export function checkOne(path: string, options: LoadOptions): FileResult {
  const file = displayPath(options.cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path, MAX_FILE_BYTES, true);
  } catch (error) {
    if (error instanceof ReadProblem) return unreadable(file, error.reason, options.lang);
    if (!(error instanceof TooLarge)) throw error;
    const code = "file/too-large";
    const message = formatMessage(code, { size: error.size, limit: MAX_FILE_BYTES }, options.lang);
    return { file, diagnostics: [{ file, line: 1, column: 1, severity: severityOf(code), code, message, path: "" }] };
  }
  const { result, fresh, hash } =
    options.cache !== undefined && CACHE_KEY !== undefined
      ? cachedCheck(options.cache, path, file, bytes, options)
      : { result: checkFile(file, bytes, options), fresh: false, hash: undefined };
  if (options.frames === false) delete result.text;
  // The cache hashed the bytes already when it is used.
  if (options.digest) result.digest = hash ?? contentHash(bytes);
  if (result.agreement !== undefined) {
    // A structured clone owns its strings; the parsed value's strings are slices of the file's text (a
    // value read back from the cache owns its strings already).
    const kept = retention[options.retain ?? "full"](result.agreement);
    if (kept === undefined) delete result.agreement;
    else result.agreement = fresh || options.borrow ? kept : structuredClone(kept);
  }
  return result;
}
