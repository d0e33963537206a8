import { parentPort, workerData } from "node:worker_threads";
import type { AgreementFile } from "../core/model/agreement.js";
import { registry } from "../data-units.js";
import type { Lang } from "../i18n/lang.js";
import { languagePages, type SiteOptions } from "./build.js";
import { writeAll } from "./write.js";

// A worker thread that writes one language's pages into the site's temporary folder, while the main
// thread writes the other's.
const { files, lang, options, folder, previous } = workerData as {
  files: AgreementFile[];
  lang: Lang;
  options: Omit<SiteOptions, "units">;
  folder: string;
  previous: string | undefined;
};
writeAll(folder, languagePages(files, lang, { ...options, units: registry }), previous);
parentPort!.postMessage("done");
