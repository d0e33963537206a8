import { parentPort, workerData } from "node:worker_threads";
import type { AgreementFile } from "../core/model/agreement.js";
import { registry } from "../data-units.js";
import { languageBuild, type PlannedPage, siteMemo } from "./build.js";
import { agreementKeys, pageKeys } from "./keys.js";
import type { PageRecords } from "./manifest.js";
import { claim, type Handed, type WorkerInput } from "./threads.js";
import { placer } from "./write.js";
import { writePlanned } from "./write-pages.js";

// A worker thread that makes and writes the pages of the agreements it is sent, in every language, into the
// site's temporary folder, while the main thread reads the rest and makes the pages over the whole
// portfolio in the first language (see `PageStream`). Each agreement's pages are made by whichever thread
// claims it first. Told that all agreements came (`null`), it makes the pages over the whole portfolio in the
// other languages and what it can still claim, and sends back what it recorded.
const { options, folder, previous, next } = workerData as WorkerInput;
const siteOptions = { ...options, units: registry };
const keyOf = agreementKeys(siteOptions);
const memo = siteMemo(siteOptions);
const builds = siteOptions.langs.langs.map((lang) => ({
  lang,
  build: languageBuild([], lang, siteOptions, undefined, memo),
}));
const before = previous === undefined ? undefined : { folder: previous.folder, records: new Map(previous.records) };
const place = placer(folder);
const made: PageRecords = new Map();
const files: AgreementFile[] = [];
const digests: (string | undefined)[] = [];

/** Makes the pages of up to `most` agreements not yet claimed; false when none was left to claim. */
function makeClaimed(most = Number.POSITIVE_INFINITY): boolean {
  for (let n = 0; n < most; n++) {
    const i = claim(next, files.length);
    if (i === undefined) return false;
    writePlanned(folder, pagesOf(files[i]!, digests[i]), before, made, place);
  }
  return true;
}

// A few agreements at a time, so that the message saying all came is seen as soon as it comes.
const STEP = 8;
let waiting = false;
function work(): void {
  waiting = false;
  if (makeClaimed(STEP)) later();
}
function later(): void {
  if (waiting) return;
  waiting = true;
  setImmediate(work);
}

function pagesOf(file: AgreementFile, digest: string | undefined): PlannedPage[] {
  return builds.map(({ lang, build }) => {
    const page = build.agreement(file);
    const key = keyOf === undefined || digest === undefined ? undefined : keyOf(lang, file.agreement.id, digest);
    return { ...page, key };
  });
}

parentPort!.on("message", (batch: Handed[] | null) => {
  if (batch !== null) {
    for (const { file, digest } of batch) {
      files.push(file);
      digests.push(digest);
    }
    later();
    return;
  }
  // All came: the pages over the whole portfolio in the languages after the first, which the main thread
  // makes meanwhile, then the agreements' pages nobody claimed yet.
  const keys = pageKeys(files, siteOptions, digests);
  for (const lang of siteOptions.langs.langs.slice(1))
    writePlanned(folder, languageBuild(files, lang, siteOptions, keys, memo).portfolio(), before, made, place);
  makeClaimed();
  parentPort!.postMessage([...made]);
  parentPort!.close();
});
