import type { AgreementFile } from "../core/model/agreement.js";
import type { SiteOptions } from "./build.js";
import type { PageRecord } from "./manifest.js";

// What the two threads of a site build share (see `PageStream` in stream-pages.ts), apart from the
// reading: the worker thread imports this and not the reader, so that it neither loads nor compiles the
// parser and the checks of agreement files, which it never uses.

/** An agreement handed to the worker thread, with its digest for the pages' keys (see `agreementKeys`). */
export interface Handed {
  file: AgreementFile;
  digest: string | undefined;
}

/** What the worker thread is given when it starts; agreements follow as messages, `null` when all came. */
export interface WorkerInput {
  options: Omit<SiteOptions, "units">;
  folder: string;
  previous: { folder: string; records: [string, PageRecord][] } | undefined;
  /** The index of the next agreement whose pages are to be made, shared by the threads (see `claim`). */
  next: Int32Array;
}

/**
 * Claims the next agreement whose pages nobody made yet, if it is among the first `known` agreements:
 * the worker thread knows only those it was sent, this thread all of them once they are read.
 */
export function claim(next: Int32Array, known: number): number | undefined {
  for (;;) {
    const i = Atomics.load(next, 0);
    if (i >= known) return undefined;
    if (Atomics.compareExchange(next, 0, i, i + 1) === i) return i;
  }
}
