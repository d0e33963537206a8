import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AgreementFile } from "../core/model/agreement.js";
import type { Lang } from "../i18n/lang.js";
import { languagePlan, type PlannedPage, type SiteOptions } from "./build.js";
import { type PageKeys, pageKeys } from "./keys.js";
import { digest, type PageRecord, type PageRecords, readRecords } from "./manifest.js";
import { linkIfRecorded } from "./reuse.js";
import { placer, writeOne } from "./write.js";

/** Below this many agreements a second thread costs more to start than it saves. */
const PARALLEL_FROM = 100;

/** The site being replaced, and what it recorded of its pages. */
export interface PreviousSite {
  folder: string;
  records: PageRecords;
}

/**
 * Writes the pages into `folder` as they come, and records each keyed page in `made`. A page whose key
 * is the one the previous site recorded for it is taken over without being made, once its file is checked
 * to hold the recorded bytes; any other page is made, and still taken over if its bytes did not change.
 */
export function writePlanned(
  folder: string,
  pages: Iterable<PlannedPage>,
  previous: PreviousSite | undefined,
  made: PageRecords,
): void {
  const place = placer(folder);
  for (const page of pages) {
    const { path, key } = page;
    const target = place(path);
    const old = previous === undefined ? undefined : join(previous.folder, path);
    const recorded = previous?.records.get(path);
    if (key !== undefined && old !== undefined && recorded?.key === key && linkIfRecorded(old, target, recorded)) {
      made.set(path, recorded);
      continue;
    }
    const bytes = Buffer.from(page.make());
    writeOne(target, bytes, old);
    if (key !== undefined) made.set(path, { key, size: bytes.length, hash: digest(bytes) });
  }
}

/** The bundled worker script, beside the bundle's chunks; absent when running from source. */
function workerScript(): URL | undefined {
  const url = new URL("../site-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** What the worker thread is given. */
export interface WorkerInput {
  files: readonly AgreementFile[];
  lang: Lang;
  options: Omit<SiteOptions, "units">;
  folder: string;
  previous: { folder: string; records: [string, PageRecord][] } | undefined;
}

function inWorker(script: URL, data: Omit<WorkerInput, "options"> & { options: SiteOptions }, made: PageRecords) {
  const { units: _units, ...options } = data.options;
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { ...data, options } });
    worker.once("message", (records: [string, PageRecord][]) => {
      for (const [path, record] of records) made.set(path, record);
      resolve();
    });
    worker.once("error", reject);
    worker.once(
      "exit",
      (code) => code !== 0 && reject(new Error(`the site's worker thread stopped with code ${code}`)),
    );
  });
}

/**
 * Writes every page of every language into `folder` and says what it wrote, for the site's record of its
 * pages. Asked to (MOU_THREADS=2 or more), a large portfolio's languages are written side by side, the
 * second in a worker thread (it gets its own copy of the agreements and the unit registry). It is not the
 * default: the thread costs a second start-up and a copy of every agreement, and on a machine with two
 * busy cores it made the site slower, not faster. `previous` is the site being replaced, whose unchanged
 * files are taken over.
 */
export async function writePages(
  folder: string,
  previous: string | undefined,
  files: readonly AgreementFile[],
  options: SiteOptions & { threads?: number },
): Promise<PageRecords> {
  const made: PageRecords = new Map();
  const before = previous === undefined ? undefined : { folder: previous, records: readRecords(previous) };
  const [first, ...others] = options.langs.langs;
  const script = files.length >= PARALLEL_FROM && (options.threads ?? 1) >= 2 ? workerScript() : undefined;
  const { threads: _threads, ...siteOptions } = options;
  const keys: PageKeys | undefined = pageKeys(files, siteOptions);
  if (script === undefined || first === undefined) {
    for (const lang of options.langs.langs)
      writePlanned(folder, languagePlan(files, lang, siteOptions, keys), before, made);
    return made;
  }
  const handed = before === undefined ? undefined : { folder: before.folder, records: [...before.records] };
  const aside = others.map((lang) =>
    inWorker(script, { files, lang, options: siteOptions, folder, previous: handed }, made),
  );
  // Should this thread fail, the workers are still waited for: the folder is removed only after them.
  let failure: { reason: unknown } | undefined;
  try {
    writePlanned(folder, languagePlan(files, first, siteOptions, keys), before, made);
  } catch (reason) {
    failure = { reason };
  }
  const results = await Promise.allSettled(aside);
  failure ??= results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return made;
}
