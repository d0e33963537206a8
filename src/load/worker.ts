import { parentPort, workerData } from "node:worker_threads";
import type { FileResult } from "./check.js";
import { checkOne, type LoadOptions } from "./check-one.js";

/** What a worker thread is given: every path, the counter the threads take turns from, and the options. */
export interface WorkerData {
  paths: string[];
  counter: Int32Array;
  options: LoadOptions;
}

/** Results sent back together, each with the index of its path; `null` says the thread has finished. */
export type Batch = [number, FileResult][] | null;

/** How many results go in one message: fewer messages, but not so many that they wait long (load-files.ts). */
const BATCH = 4;

// A worker thread: takes the next unchecked path until none is left, and sends the results back in batches.
if (parentPort) {
  const { paths, counter, options } = workerData as WorkerData;
  let batch: [number, FileResult][] = [];
  for (;;) {
    const index = Atomics.add(counter, 0, 1);
    if (index >= paths.length) break;
    batch.push([index, checkOne(paths[index]!, options)]);
    if (batch.length === BATCH) {
      parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length > 0) parentPort.postMessage(batch);
  parentPort.postMessage(null satisfies Batch);
}
