import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AgreementFile } from "../core/model/agreement.js";
import type { Lang } from "../i18n/lang.js";
import { languagePages, type SiteOptions } from "./build.js";
import { writeAll } from "./write.js";

/** Below this many agreements a second thread costs more to start than it saves. */
const PARALLEL_FROM = 100;

/** The bundled worker script, beside the bundle's chunks; absent when running from source. */
function workerScript(): URL | undefined {
  const url = new URL("../site-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

function inWorker(
  script: URL,
  data: {
    files: readonly AgreementFile[];
    lang: Lang;
    options: SiteOptions;
    folder: string;
    previous: string | undefined;
  },
) {
  const { units: _units, ...options } = data.options;
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { ...data, options } });
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once(
      "exit",
      (code) => code !== 0 && reject(new Error(`the site's worker thread stopped with code ${code}`)),
    );
  });
}

/**
 * Writes every page of every language into `folder`. Asked to (MOU_THREADS=2 or more), a large
 * portfolio's languages are written side by side, the second in a worker thread (it gets its own copy of
 * the agreements and the unit registry). It is not the default: the thread costs a second start-up and a
 * copy of every agreement, and on a machine with two busy cores it made the site slower, not faster.
 * `previous` is the site being replaced, whose unchanged files are taken over.
 */
export async function writePages(
  folder: string,
  previous: string | undefined,
  files: readonly AgreementFile[],
  options: SiteOptions & { threads?: number },
): Promise<void> {
  const [first, ...others] = options.langs.langs;
  const script = files.length >= PARALLEL_FROM && (options.threads ?? 1) >= 2 ? workerScript() : undefined;
  if (script === undefined || first === undefined) {
    for (const lang of options.langs.langs) writeAll(folder, languagePages(files, lang, options), previous);
    return;
  }
  const { threads: _threads, ...siteOptions } = options;
  const aside = others.map((lang) => inWorker(script, { files, lang, options: siteOptions, folder, previous }));
  // Should this thread fail, the workers are still waited for: the folder is removed only after them.
  let failure: { reason: unknown } | undefined;
  try {
    writeAll(folder, languagePages(files, first, siteOptions), previous);
  } catch (reason) {
    failure = { reason };
  }
  const results = await Promise.allSettled(aside);
  failure ??= results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
}
