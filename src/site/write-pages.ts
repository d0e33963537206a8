import { join } from "node:path";
import type { AgreementFile } from "../core/model/agreement.js";
import type { PlannedPage, SiteOptions } from "./build.js";
import { encodePage } from "./encode.js";
import { digest, type PageRecords } from "./manifest.js";
import { pagePath } from "./paths.js";
import { linkIfRecorded } from "./reuse.js";
import { placer, writeOne } from "./write.js";

/** The site being replaced, and what it recorded of its pages. */
export interface PreviousSite {
  folder: string;
  records: PageRecords;
}

/**
 * Writes the pages into `folder` as they come, and records each keyed page in `made`. A page whose key
 * is the one the previous site recorded for it is taken over without being made, once its file is checked
 * to hold the recorded bytes; any other page is made, and still taken over if its bytes did not change.
 * `place` is the folder's `placer`, when the caller writes into it more than once.
 */
export function writePlanned(
  folder: string,
  pages: Iterable<PlannedPage>,
  previous: PreviousSite | undefined,
  made: PageRecords,
  place: (path: string) => string = placer(folder),
): void {
  for (const page of pages) {
    const { path, key } = page;
    const target = place(path);
    const old = previous === undefined ? undefined : join(previous.folder, path);
    const recorded = previous?.records.get(path);
    if (key !== undefined && old !== undefined && recorded?.key === key && linkIfRecorded(old, target, recorded)) {
      made.set(path, recorded);
      continue;
    }
    const text = page.make();
    const bytes = typeof text === "string" ? encodePage(text) : text;
    writeOne(target, bytes, old);
    if (key !== undefined) made.set(path, { key, size: bytes.length, hash: digest(bytes) });
  }
}

/** The records in the order of the pages, language by language, whichever thread wrote them. */
export function inPageOrder(
  langs: SiteOptions["langs"],
  files: readonly AgreementFile[],
  made: PageRecords,
): PageRecords {
  const ordered: PageRecords = new Map();
  const add = (path: string) => {
    const record = made.get(path);
    if (record !== undefined) ordered.set(path, record);
  };
  for (const lang of langs.langs) {
    add(pagePath(langs, lang, { kind: "overview" }));
    add(pagePath(langs, lang, { kind: "commitments" }));
    for (const { agreement } of files) add(pagePath(langs, lang, { kind: "agreement", id: agreement.id }));
  }
  return ordered;
}
