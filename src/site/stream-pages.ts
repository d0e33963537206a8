import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AgreementFile } from "../core/model/agreement.js";
import { messages } from "../i18n/index.js";
import { heedSignals } from "../load/exit-cleanup.js";
import { defaultThreads } from "../load/load-files.js";
import { languageBuild, type SiteOptions, siteMemo } from "./build.js";
import { agreementDigest, fileDigest, pageKeys } from "./keys.js";
import { type PageRecord, type PageRecords, readRecords } from "./manifest.js";
import { claim, type Handed, type WorkerInput } from "./threads.js";
import { pagesBegin } from "./tiering.js";
import { NotWriting, placer } from "./write.js";
import { inPageOrder, type PreviousSite, writePlanned } from "./write-pages.js";

/**
 * From this many agreements on, a worker thread makes the agreements' pages while this thread reads the
 * rest and makes the pages over the whole portfolio; below it, the thread costs more to start than it saves.
 */
const PARALLEL_FROM = 100;
/** Agreements whose pages this thread makes between two looks for a signal (see `heedSignals`). */
const HEED_EVERY = 16;
/** Agreements handed to the worker thread in one message. */
const BATCH = 8;

/** The bundled worker script, beside the bundle's chunks; absent when running from source. */
function workerScript(): URL | undefined {
  const url = new URL("../site-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** The worker thread making agreements' pages, the agreements not yet sent to it, and how it ends. */
interface Helper {
  worker: Worker;
  queue: Handed[];
  done: Promise<[string, PageRecord][]>;
}

/**
 * Writes a site's pages into `folder` while the agreements are still being read. Each agreement comes in
 * by `add` as soon as it is read; once there are `PARALLEL_FROM` of them and two threads or more (one per
 * core by default, `MOU_THREADS` to say otherwise), a worker thread starts making their pages, in every
 * language, as they come. When all are read, `finish` makes the pages over the whole portfolio (in the
 * first language; the worker makes the others'), then takes its share of the agreements' pages not yet
 * made (each thread takes the next from a shared counter, so neither waits for the other at the end), and
 * says what was written, in the order of the pages. Every page is the same, byte for byte, whichever
 * thread made it. `previous` is the site being replaced, whose unchanged pages are taken over. After a
 * failure, `abort` stops the worker before the folder is removed.
 */
export class PageStream {
  private readonly files: AgreementFile[] = [];
  private readonly digests: (string | undefined)[] = [];
  private readonly previous: PreviousSite | undefined;
  private readonly next = new Int32Array(new SharedArrayBuffer(4));
  private readonly script: URL | undefined;
  private helper: Helper | undefined;

  constructor(
    private readonly folder: string,
    previous: string | undefined,
    private readonly options: SiteOptions,
    threads: number = defaultThreads(availableParallelism()),
  ) {
    this.previous = previous === undefined ? undefined : { folder: previous, records: readRecords(previous) };
    this.script = threads >= 2 ? workerScript() : undefined;
  }

  /** Takes the next agreement read, in file order, with the digest of its file's bytes when known. */
  add(file: AgreementFile & { digest?: string }): void {
    const digest =
      this.options.build === undefined
        ? undefined
        : file.digest !== undefined
          ? fileDigest(file.file, file.digest)
          : agreementDigest(file);
    this.files.push(file);
    this.digests.push(digest);
    if (this.helper !== undefined) {
      this.helper.queue.push({ file, digest });
      if (this.helper.queue.length >= BATCH) this.send();
    } else if (this.script !== undefined && this.files.length >= PARALLEL_FROM) {
      this.helper = this.start(this.script);
      this.helper.queue = this.files.map((f, i) => ({ file: f, digest: this.digests[i] }));
      this.send();
    }
  }

  /** Writes every page not yet written and says what the site's record of its pages holds. */
  async finish(): Promise<PageRecords> {
    pagesBegin();
    const { files, options, folder, previous, next } = this;
    const keys = pageKeys(files, options, this.digests);
    const memo = siteMemo(options);
    const builds = options.langs.langs.map((lang) => languageBuild(files, lang, options, keys, memo));
    const made: PageRecords = new Map();
    const place = placer(folder);
    if (this.helper !== undefined) {
      this.send();
      this.helper.worker.postMessage(null);
    }
    // With a worker, it makes the pages over the whole portfolio in the other languages.
    const own = this.helper === undefined ? builds : builds.slice(0, 1);
    writePlanned(
      folder,
      own.flatMap((b) => b.portfolio()),
      previous,
      made,
      place,
    );
    for (let i = claim(next, files.length), n = 1; i !== undefined; i = claim(next, files.length), n++) {
      const file = files[i]!;
      writePlanned(
        folder,
        builds.map((b) => b.agreement(file)),
        previous,
        made,
        place,
      );
      // Ctrl-C is heard between agreements, not only once the whole site is made.
      if (n % HEED_EVERY === 0) await heedSignals();
    }
    if (this.helper !== undefined) {
      // A failure of the worker's own (no system error code) is not one of writing the site.
      const records = await this.helper.done.catch((error: unknown) => {
        throw (error as { code?: unknown } | null)?.code === undefined ? new NotWriting(error) : error;
      });
      for (const [path, record] of records) made.set(path, record);
    }
    // Without keys (see `pageKeys`) no page is recorded, whichever thread made it.
    return keys === undefined ? new Map() : inPageOrder(options.langs, files, made);
  }

  /** Stops the worker thread, if there is one, and waits until it has. */
  async abort(): Promise<void> {
    if (this.helper === undefined) return;
    Atomics.store(this.next, 0, 0x7fffffff);
    await this.helper.worker.terminate();
    await this.helper.done.catch(() => undefined);
  }

  private send(): void {
    const helper = this.helper!;
    if (helper.queue.length === 0) return;
    helper.worker.postMessage(helper.queue);
    helper.queue = [];
  }

  private start(script: URL): Helper {
    const { units: _units, ...options } = this.options;
    const previous =
      this.previous === undefined ? undefined : { folder: this.previous.folder, records: [...this.previous.records] };
    const input: WorkerInput = { options, folder: this.folder, previous, next: this.next };
    pagesBegin();
    const worker = new Worker(script, { workerData: input });
    const done = new Promise<[string, PageRecord][]>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) =>
        reject(new Error(messages(this.options.langs.main).common.threadStopped({ code }))),
      );
    });
    // Until `finish` waits for it, a failure of the worker is kept, not thrown.
    done.catch(() => undefined);
    return { worker, queue: [], done };
  }
}
