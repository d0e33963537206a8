import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { messages } from "../i18n/index.js";
import type { FileResult } from "./check.js";
import { checkOne, type LoadOptions, unreadable } from "./check-one.js";
import { displayPath, type FoundFiles } from "./files.js";
import { ReusedIds } from "./reused-ids.js";
import type { Batch, WorkerData } from "./worker.js";

export type { LoadOptions };

/** Below this many files a worker thread costs more to start than it saves. */
const PARALLEL_FROM = 2000;
/**
 * How many files this thread checks between two looks at what the other threads have sent. Results wait
 * in memory until every one before them is visited: the longer they wait, the more of them outlive a
 * young-generation collection and become old garbage (at 50,000 files, 32 here and 16 a batch made the
 * peak 25 MB larger than 8 and 4).
 */
const LOOK_EVERY = 8;
/** How many files one thread reading alone checks between two looks at what else happened. */
const LOOK_EVERY_ALONE = 64;

/** The bundled worker script, beside the bundle's chunks; absent when running from source. */
function workerScript(): URL | undefined {
  const url = new URL("../worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * One thread per core, at most four: on two cores, validating 10,000 files with a second thread took 0.75
 * of the time of one (npm run bench, alternating runs).
 */
export const defaultThreads = (cores: number) => Math.min(cores, 4);

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks the files and hands each result to `visit` in the order of the paths, as soon as it and every
 * result before it are known, and keeps none of them. With `parallel`, worker threads and this one take
 * the next unchecked file from a shared counter until none is left, so every thread stays busy to the end
 * whatever its files cost and whatever else it does: this thread also receives the others' results and
 * visits them meanwhile, so it simply takes fewer files.
 */
export async function checkEach(
  paths: readonly string[],
  options: LoadOptions & { parallel?: boolean },
  visit: (result: FileResult, index: number) => void,
): Promise<void> {
  const threads = Math.min(options.threads ?? defaultThreads(availableParallelism()), 4);
  const script = options.parallel && paths.length >= PARALLEL_FROM && threads > 1 ? workerScript() : undefined;
  if (script === undefined) {
    for (const [i, path] of paths.entries()) {
      visit(checkOne(path, options), i);
      // Now and then a look at what else happened, so that Ctrl-C is heard while a large folder is read.
      if (i % LOOK_EVERY_ALONE === LOOK_EVERY_ALONE - 1) await nextTurn();
    }
    return;
  }
  const pending: (FileResult | undefined)[] = new Array(paths.length);
  let frontier = 0;
  const settle = (index: number, result: FileResult) => {
    pending[index] = result;
    while (frontier < paths.length && pending[frontier] !== undefined) {
      const ready = pending[frontier]!;
      pending[frontier] = undefined;
      visit(ready, frontier++);
    }
  };
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const { cwd, asOf, lang, retain, cache, frames, warnings } = options;
  const data: WorkerData = {
    paths: [...paths],
    counter,
    // Sending a result copies it, strings and all: a copy of its own first would be a second one.
    options: {
      cwd,
      asOf,
      lang,
      frames,
      borrow: true,
      ...(warnings === false ? { warnings } : {}),
      ...(retain ? { retain } : {}),
      ...(cache ? { cache } : {}),
    },
  };
  // The first failure (a thread that stops, an error in this one) stops every thread and is thrown once
  // all have stopped; until then nothing is left to reject unobserved.
  const workers: Worker[] = [];
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
    for (const worker of workers) void worker.terminate();
  };
  const finished = Promise.all(
    Array.from(
      { length: threads - 1 },
      () =>
        new Promise<void>((resolve) => {
          let done = false;
          const worker = new Worker(script, { workerData: data });
          workers.push(worker);
          worker.on("message", (batch: Batch) => {
            if (batch === null) {
              done = true;
              return resolve();
            }
            try {
              for (const [index, result] of batch) settle(index, result);
            } catch (error) {
              fail(error);
            }
          });
          worker.once("error", fail);
          // After its last message an exit changes nothing; before it, files it took would go unchecked.
          worker.once("exit", (code) => {
            if (!done) fail(new Error(messages(options.lang).common.threadStopped({ code })));
            resolve();
          });
        }),
    ),
  );
  try {
    for (let mine = 0; failure === undefined; mine++) {
      const index = Atomics.add(counter, 0, 1);
      if (index >= paths.length) break;
      settle(index, checkOne(paths[index]!, options));
      if (mine % LOOK_EVERY === LOOK_EVERY - 1) await nextTurn();
    }
  } catch (error) {
    fail(error);
  }
  await finished;
  if (failure !== undefined) throw failure.error;
}

/**
 * Reads and checks the files, with a diagnostic for each path found that cannot be read, then the rule
 * that spans files (agreement ids are unique), and hands each result to `visit` in the order of the paths,
 * keeping none of them.
 */
export async function visitFiles(
  found: FoundFiles,
  options: LoadOptions & { parallel?: boolean },
  visit: (result: FileResult) => void,
): Promise<void> {
  // Both lists in path order (the search gives them so; sorting a sorted list takes one pass), and the
  // unreadable paths merged in where they belong.
  const files = [...found.files].sort();
  const problems = [...found.problems].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const reused = new ReusedIds(options.lang);
  const emit = (result: FileResult) => {
    reused.check(result);
    visit(result);
  };
  let p = 0;
  const problemsBefore = (path: string | undefined) => {
    for (; p < problems.length && (path === undefined || problems[p]!.path < path); p++)
      emit(unreadable(displayPath(options.cwd, problems[p]!.path), problems[p]!.reason, options.lang));
  };
  await checkEach(files, options, (result, i) => {
    problemsBefore(files[i]);
    emit(result);
  });
  problemsBefore(undefined);
}

/** The results of `visitFiles`, in the order of the paths. */
export async function checkFiles(
  found: FoundFiles,
  options: LoadOptions & { parallel?: boolean },
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await visitFiles(found, options, (result) => results.push(result));
  return results;
}
