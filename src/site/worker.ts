import { parentPort, workerData } from "node:worker_threads";
import { registry } from "../data-units.js";
import { languagePlan } from "./build.js";
import { pageKeys } from "./keys.js";
import type { PageRecords } from "./manifest.js";
import { type WorkerInput, writePlanned } from "./write-pages.js";

// A worker thread that writes one language's pages into the site's temporary folder, while the main
// thread writes the other's; it sends back what it recorded of them.
const { files, lang, options, folder, previous } = workerData as WorkerInput;
const siteOptions = { ...options, units: registry };
const made: PageRecords = new Map();
const before = previous === undefined ? undefined : { folder: previous.folder, records: new Map(previous.records) };
writePlanned(folder, languagePlan(files, lang, siteOptions, pageKeys(files, siteOptions)), before, made);
parentPort!.postMessage([...made]);
