import type { Agreement } from "../../core/model/agreement.js";
import { toPointer, type ValuePath } from "../../core/validation/diagnostic.js";
import { paramsInWords } from "../../core/validation/path-words.js";
import { langs } from "../../i18n/index.js";
import type { CheckOptions, FileResult, Place } from "../check.js";
import { concludeFile, examineFile, MAX_PROBLEMS, ruleFindings } from "../check.js";
import { decode } from "../decode.js";
import { type Anchors, anchored, anchorKey, contentHash, entryPath, jsonSafe, readEntry, writeEntry } from "./entry.js";
import { CACHE_KEY } from "./key.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where the rules that depend on the day may point: every date (reviews held, deadlines, expiry, the
 * dates of indicator values), each party's unit and the parties' key. A finding the rules make later at
 * a place not stored sends the file back to a full reading, so a missing anchor costs time, never truth.
 * False when the agreement holds a number JSON cannot carry (NaN, an infinity, -0): then it is not kept.
 */
function dayAnchors(agreement: Agreement, place: Place, anchors: Anchors): boolean {
  let safe = true;
  const add = (path: ValuePath, at: "value" | "key") => {
    const p = place(path, at);
    if (p) anchors[anchorKey(at, toPointer(path))] = [p.line, p.column];
  };
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      if (DATE.test(value)) add(path, "value");
    } else if (typeof value === "number") safe &&= jsonSafe(value);
    else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) walk(value[i], [...path, i]);
    else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(agreement, []);
  add(["parties"], "key");
  for (const [i, p] of agreement.parties.entries()) if (p.unit !== undefined) add(["parties", i, "unit"], "value");
  return safe;
}

const textOf = (bytes: Uint8Array) => () => {
  const decoded = decode(bytes);
  return decoded.ok ? decoded.text : undefined;
};

/**
 * `checkFile` with a cache: what a file's bytes say whatever the day (YAML, schema, the agreement) is
 * kept in `folder` under the hash of those bytes; the rules, some of which depend on "today", run again
 * on every run, so a warning that comes due is never missed. Gives exactly what `checkFile` gives.
 */
export function cachedCheck(folder: string, path: string, file: string, bytes: Uint8Array, options: CheckOptions) {
  const { asOf, lang } = options;
  const entryFile = entryPath(folder, path);
  const hash = contentHash(bytes);
  const stored = readEntry(entryFile, hash);
  if (stored) {
    const agreement = stored.e.agreement;
    const rules = agreement ? ruleFindings(file, agreement, asOf, anchored(stored.x)) : [];
    if (rules)
      return { result: concludeFile(file, stored.e, rules, lang, textOf(bytes), agreement), fresh: true, hash };
  }
  const { examined, text, data, place } = examineFile(bytes);
  let rules: ReturnType<typeof ruleFindings> = [];
  let anchors: Anchors | undefined;
  let keep = true;
  if (examined.agreement) {
    const found: Anchors = {};
    rules = ruleFindings(file, examined.agreement, asOf, (p, at) => {
      const placed = place(p, at);
      if (placed) found[anchorKey(at, toPointer(p))] = [placed.line, placed.column];
      return placed;
    })!;
    keep = dayAnchors(examined.agreement, place, found);
    anchors = found;
  }
  // The places schema findings name are put in words now, in every language, from the data the cache will
  // not keep; a file with more problems than are ever shown is not worth keeping.
  if (CACHE_KEY !== undefined && keep && examined.placed.length <= MAX_PROBLEMS) {
    const placed = examined.placed.map(({ finding, ...p }) =>
      finding?.paths === undefined
        ? p
        : { ...p, words: Object.fromEntries(langs.map((l) => [l, paramsInWords(finding, data, l)])) },
    );
    const stored = { ...examined, placed };
    writeEntry(folder, entryFile, { k: CACHE_KEY, h: hash, e: stored, ...(anchors ? { x: anchors } : {}) });
  }
  const result: FileResult = concludeFile(file, examined, rules, lang, () => text, data);
  return { result, fresh: false, hash };
}
