import { createHash } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { threadId } from "node:worker_threads";
import { toPointer } from "../../core/validation/diagnostic.js";
import validateAgreement from "../../generated/validate-agreement.cjs";
import type { Examined, Place, Placed } from "../check.js";
import { readRegularFile } from "../read-file.js";
import { CACHE_KEY } from "./key.js";

/** Where each rule finding of a file may point, by `at` and JSON pointer: [line, column]. */
export type Anchors = Record<string, [number, number]>;

/** One file's entry: the tool it was made by, the hash of the bytes it describes, and what they say. */
export interface Entry {
  k: string;
  h: string;
  e: Examined;
  /** For an agreement the schema accepts: where its rules' findings go. */
  x?: Anchors;
}

/** An entry larger than this (a file with thousands of problems) is not worth keeping. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

export const anchorKey = (at: string, pointer: string) => `${at[0]}${pointer}`;

/** The hash of a file's bytes. */
export const contentHash = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("base64url");

/** The entry file of a path: one per file, named by the hash of its absolute path. */
export const entryPath = (folder: string, path: string): string =>
  join(folder, `${createHash("sha1").update(resolve(path)).digest("hex")}.json`);

const isPlaced = (p: unknown): p is Placed => {
  const x = p as Placed;
  return (
    typeof x === "object" &&
    x !== null &&
    Number.isInteger(x.line) &&
    Number.isInteger(x.column) &&
    typeof x.code === "string" &&
    typeof x.params === "object" &&
    x.params !== null &&
    typeof x.path === "string" &&
    (x.words === undefined ||
      (typeof x.words === "object" && x.words !== null && Object.values(x.words).every(isParams)))
  );
};

const isParams = (p: unknown): boolean =>
  typeof p === "object" && p !== null && Object.values(p).every((v) => typeof v === "string" || typeof v === "number");

/** The examination stored for these bytes, or undefined: missing, from another build, stale or corrupt. */
export function readEntry(file: string, hash: string): Entry | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(new TextDecoder().decode(readRegularFile(file, MAX_ENTRY_BYTES)));
  } catch {
    return undefined;
  }
  if (typeof entry !== "object" || entry === null || entry.k !== CACHE_KEY || entry.h !== hash) return undefined;
  const e = entry.e;
  if (typeof e !== "object" || e === null || !Array.isArray(e.placed) || !e.placed.every(isPlaced)) return undefined;
  if (!Number.isInteger(e.unexamined) || typeof e.parsed !== "boolean") return undefined;
  // Whatever is in the folder, only an agreement the schema accepts reaches the rules and the commands.
  if (e.agreement !== undefined && (!validateAgreement(e.agreement) || typeof entry.x !== "object")) return undefined;
  return entry;
}

/** Places findings by the anchors stored; undefined for a place that was not stored. */
export function anchored(anchors: Anchors | undefined): Place {
  return (path, at) => {
    const found = anchors?.[anchorKey(at, toPointer(path))];
    return Array.isArray(found) ? { line: found[0], column: found[1] } : undefined;
  };
}

/** JSON has no NaN, infinities or -0: a value holding one is not cached rather than changed. */
export const jsonSafe = (n: number) => Number.isFinite(n) && !Object.is(n, -0);

const paramsSafe = (placed: readonly Placed[]) =>
  placed.every((p) => Object.values(p.params).every((v) => typeof v !== "number" || jsonSafe(v)));

const made = new Set<string>();
/** Folders that could not be written: not tried again in the same run. */
const refused = new Set<string>();
let written = 0;

/**
 * Stores an entry (whose agreement holds only numbers JSON can carry: see `dayAnchors`) by writing a
 * temporary file beside it and renaming it into place, so that a run reading it at the same moment sees
 * the old entry or the new one, never half of one. A cache that cannot be written (read-only folder, full
 * disk) is simply not used.
 */
export function writeEntry(folder: string, file: string, entry: Entry): void {
  if (refused.has(folder) || !paramsSafe(entry.e.placed)) return;
  const text = JSON.stringify(entry);
  if (text.length > MAX_ENTRY_BYTES / 2) return;
  // Unique to this process and thread; `wx` refuses to follow anything already there.
  const temporary = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
  try {
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, file);
  } catch {
    refused.add(folder);
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was made
    }
  }
}
