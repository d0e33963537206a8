import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult } from "./check.js";
import { checkOne, type LoadOptions, unreadable } from "./check-one.js";
import { displayPath, type FoundFiles } from "./files.js";
import { ReusedIds } from "./reused-ids.js";

export type { LoadOptions };

/** Below this many files a worker thread costs more to start than it saves. */
const PARALLEL_FROM = 2000;

/** The bundled worker script, beside the bundle's chunks; absent when running from source. */
function workerScript(): URL | undefined {
  const url = new URL("../worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

function inWorker(script: URL, paths: string[], options: LoadOptions): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const { cwd, asOf, lang, retain, cache, frames } = options;
    const worker = new Worker(script, {
      workerData: {
        paths,
        options: { cwd, asOf, lang, frames, ...(retain ? { retain } : {}), ...(cache ? { cache } : {}) },
      },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`a worker thread stopped with code ${code}`)));
  });
}

/**
 * One thread per core, at most four: on two cores, validating 10,000 files with a second thread took 0.79
 * of the time of one (npm run bench, alternating runs), at the price of a second heap.
 */
export const defaultThreads = (cores: number) => cores;

/**
 * Checks many files on every core: worker threads take equal shares while this thread checks the first.
 * Only when the agreements themselves are not kept (`validate`): a second thread costs a second heap, and
 * with the agreements kept that would outgrow the memory budget (see bench/RESULTS.md).
 */
async function checkAll(paths: readonly string[], options: LoadOptions): Promise<FileResult[]> {
  const script = paths.length >= PARALLEL_FROM && options.retain === "none" ? workerScript() : undefined;
  const threads = Math.min(options.threads ?? defaultThreads(availableParallelism()), 4);
  if (script === undefined || threads < 2) return paths.map((p) => checkOne(p, options));
  const size = Math.ceil(paths.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size));
  const others = shares.slice(1).map((share) => inWorker(script, share, options));
  const mine = shares[0]!.map((p) => checkOne(p, options));
  return [mine, ...(await Promise.all(others))].flat();
}

/**
 * Reads and checks the files, with a diagnostic for each path found that cannot be read, then the rules
 * that span files (agreement ids are unique). Results come in the order of the paths.
 */
export async function checkFiles(found: FoundFiles, options: LoadOptions): Promise<FileResult[]> {
  const checked = await checkAll(found.files, options);
  const results = [
    ...checked.map((result, i) => ({ path: found.files[i]!, result })),
    ...found.problems.map((p) => ({
      path: p.path,
      result: unreadable(displayPath(options.cwd, p.path), p.reason, options.lang),
    })),
  ]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((r) => r.result);
  const reused = new ReusedIds(options.lang);
  for (const result of results) reused.check(result);
  return results;
}
