/**
 * What must be undone if the process is stopped half-way: temporary files and edit locks. Writers
 * register a cleanup while they hold such a thing; src/main.ts runs them all when SIGINT, SIGTERM or
 * SIGHUP arrives, then exits. (Nothing can run on SIGKILL: the next edit sweeps what it leaves.)
 */
const pending = new Set<() => unknown>();
let stopping = false;

/**
 * Lets a signal that arrived meanwhile be handled, for work that runs long without waiting for anything
 * (a site's pages): once the cleanups started, it never resolves, so the work goes no further while they
 * undo what it did and the process exits.
 */
export async function heedSignals(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (stopping) await new Promise<never>(() => undefined);
}

/** Registers `cleanup`; returns the function that unregisters it once the work is done. */
export function onExit(cleanup: () => unknown): () => void {
  pending.add(cleanup);
  return () => {
    pending.delete(cleanup);
  };
}

/** Runs every registered cleanup once (each may be asynchronous); for the signal handlers. */
export async function runExitCleanups(): Promise<void> {
  stopping = true;
  const all = [...pending];
  pending.clear();
  await Promise.allSettled(all.map(async (cleanup) => cleanup()));
}
