import { createHash } from "node:crypto";
import { join } from "node:path";
import { readRegularFile } from "../load/read-file.js";

/**
 * The file in which a site records, for each page, the key it was made under and the size and digest of
 * its bytes, so that the next build can take a page over without making it (see `keys.ts`).
 */
export const PAGES = "mou-site-pages.json";

/** What the site records of one page. */
export interface PageRecord {
  key: string;
  size: number;
  /** SHA-1 of the page's bytes, in hex. */
  hash: string;
}

export type PageRecords = Map<string, PageRecord>;

export const digest = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

const HEX = /^[0-9a-f]{40}$/;
/** No page comes near this size; a record claiming more is not one this site wrote (see `readRecords`). */
const LARGEST_PAGE = 1024 * 1024 * 1024;
const isRecord = (value: unknown): value is [string, string, number, string] =>
  Array.isArray(value) &&
  value.length === 4 &&
  typeof value[0] === "string" &&
  typeof value[1] === "string" &&
  Number.isSafeInteger(value[2]) &&
  (value[2] as number) >= 0 &&
  (value[2] as number) <= LARGEST_PAGE &&
  typeof value[3] === "string" &&
  HEX.test(value[3]);

/**
 * The records of the previous site, or none. The file is read only if it is a regular file of reasonable
 * size; one that is garbled, foreign or of another shape is ignored as a whole. A forged record can do no
 * harm: a page is taken over only when the file's bytes have the recorded digest, and the key covers all
 * a page is made from.
 */
export function readRecords(site: string): PageRecords {
  const records: PageRecords = new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(readRegularFile(join(site, PAGES), 64 * 1024 * 1024)));
  } catch {
    return records;
  }
  const pages = (parsed as { pages?: unknown } | null)?.pages;
  if (!Array.isArray(pages) || !pages.every(isRecord)) return records;
  for (const [path, key, size, hash] of pages) records.set(path, { key, size, hash });
  return records;
}

/** The records as the file holds them: one line per page, in the order the pages were written. */
export function recordsText(records: PageRecords): string {
  const lines = [...records].map(([path, r]) => JSON.stringify([path, r.key, r.size, r.hash]));
  return `{"generator": "mou site", "pages": [\n${lines.join(",\n")}\n]}\n`;
}
