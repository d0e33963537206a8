import agreementSchema from "../../schemas/agreement.schema.json";
import type { Agreement } from "../core/model/agreement.js";
import { detached } from "../core/text/detached.js";
import type { Diagnostic, Finding } from "../core/validation/diagnostic.js";
import { compareDiagnostics, toPointer } from "../core/validation/diagnostic.js";
import { type Code, formatMessage, severityOf } from "../core/validation/messages.js";
import { paramsInWords } from "../core/validation/path-words.js";
import { checkAgreement } from "../core/validation/rules.js";
import { schemaFindings } from "../core/validation/schema-findings.js";
import { registry } from "../data-units.js";
import validateAgreement from "../generated/validate-agreement.cjs";
import type { Lang } from "../i18n/lang.js";
import { decode } from "./decode.js";
import { locate } from "./locate.js";
import { Lines } from "./yaml/lines.js";
import { readYaml } from "./yaml/read.js";

export interface CheckOptions {
  asOf: string;
  lang: Lang;
  /**
   * Whether warnings are wanted (default yes). A listing only needs to know which files have errors:
   * without warnings, the rules' warnings are neither placed in the file nor put in words.
   */
  warnings?: boolean;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The agreement, when the file has no errors (warnings allowed). */
  agreement?: Agreement;
  /** The decoded text, kept for code frames when there is something to show. */
  text?: string;
  /** Where the `review:` key is written, for findings about the schedule. */
  reviewAt?: { line: number; column: number };
  /** The agreement's id and where it is written, for findings across files. */
  id?: { value: string; line: number; column: number };
  /** The hash of the file's bytes (`contentHash`), when asked for (`LoadOptions.digest`). */
  digest?: string;
}

function diagnostic(
  file: string,
  code: Code,
  params: Finding["params"],
  lang: Lang,
  line: number,
  column: number,
  path = "",
): Diagnostic {
  return { file, line, column, severity: severityOf(code), code, message: formatMessage(code, params, lang), path };
}

/** The `name.yaml` part of a path, and the name without its extension. */
export function fileNameParts(file: string): { fileName: string; stem: string } {
  const fileName = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  return { fileName, stem: fileName.replace(/\.ya?ml$/i, "") };
}

/**
 * How many problems one file reports: a real file has a handful; a file generated wrong may have a
 * hundred thousand, and listing them all would cost more time and memory than reading the file.
 */
export const MAX_PROBLEMS = 1000;
/** How many schema errors are made into findings (and sorted by place) before the rest are only counted. */
const SCHEMA_ERRORS = 20 * MAX_PROBLEMS;

/** A problem placed in its file, before its message is written (which depends on the language). */
export interface Placed {
  line: number;
  column: number;
  code: Code;
  params: Finding["params"];
  /** The finding, whose places are put in words once it is shown (not kept in the cache). */
  finding?: Finding;
  /** Its params with places in words, per language, as the cache keeps them (it keeps no invalid data). */
  words?: Partial<Record<Lang, Finding["params"]>>;
  path: string;
}

const byPlace = (a: Placed, b: Placed) =>
  a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The diagnostics of a file, in order of position: every problem placed first (cheap), then only the
 * first MAX_PROBLEMS given their message, and one more diagnostic, where the rest begin, to say how many
 * were left out (about how many, when schema errors beyond SCHEMA_ERRORS were only counted).
 */
function report(file: string, placed: Placed[], unexamined: number, lang: Lang, data: unknown): Diagnostic[] {
  placed.sort(byPlace);
  const shown = placed.slice(0, MAX_PROBLEMS);
  // Places are put in words only for the findings shown: it takes a look at the data for each.
  const params = (p: Placed) => p.words?.[lang] ?? (p.finding ? paramsInWords(p.finding, data, lang) : p.params);
  const diagnostics = shown.map((p) => diagnostic(file, p.code, params(p), lang, p.line, p.column, p.path));
  const rest = placed[MAX_PROBLEMS];
  if (rest) {
    const count = placed.length - MAX_PROBLEMS + unexamined;
    const params = { count, shown: MAX_PROBLEMS, about: unexamined > 0 ? 1 : 0 };
    diagnostics.push(diagnostic(file, "file/too-many-problems", params, lang, rest.line, rest.column));
  }
  return diagnostics.sort(compareDiagnostics);
}

/**
 * What a file says regardless of the day and of the language: its decoding and YAML problems, its schema
 * findings, and — when the schema accepts it — the agreement, whose rules are checked afterwards. This is
 * what the cache keeps (src/load/cache/).
 */
export interface Examined {
  /** Problems placed in the file (encoding, YAML, schema), without the rules' findings. */
  placed: Placed[];
  /** Schema errors beyond SCHEMA_ERRORS, only counted. */
  unexamined: number;
  /** Whether YAML gave a value (even one the schema refuses). */
  parsed: boolean;
  /** The agreement, when the schema accepts the value. */
  agreement?: Agreement;
  /** The agreement's id and where it is written. */
  id?: { value: string; line: number; column: number };
  /** Where the `review:` key is written. */
  reviewAt?: { line: number; column: number };
}

/** Where a finding of the rules is placed: line and column, or undefined when it cannot be told. */
export type Place = (path: Finding["path"], at: Finding["at"]) => { line: number; column: number } | undefined;

/** A reading of a file with what it takes to place findings in it: its tree and its lines. */
export interface Reading {
  examined: Examined;
  text?: string;
  /** The value YAML gave, for putting the places findings name in words. */
  data?: unknown;
  place: Place;
}

/** The date-independent part of checking a file: encoding, YAML and schema. Pure. */
export function examineFile(bytes: Uint8Array): Reading {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const { code, params, line, column } = decoded;
    return {
      examined: { placed: [{ line, column, code, params, path: "" }], unexamined: 0, parsed: false },
      place: () => undefined,
    };
  }
  const { text } = decoded;
  const { tree, value, problems } = readYaml(text);
  const lines = new Lines(text);
  const place: Place = (path, at) => {
    const { line, col } = lines.linePos(locate(tree, path, at));
    return { line, column: col };
  };
  const placed: Placed[] = [];
  for (const p of problems) {
    const { line, col } = lines.linePos(p.offset);
    placed.push({ line, column: col, code: p.code, params: p.params, path: "" });
  }
  const examined: Examined = { placed, unexamined: 0, parsed: value !== undefined };
  if (value === undefined) return { examined, text, place };
  if (validateAgreement(value)) {
    examined.agreement = value as Agreement;
    if (examined.agreement.review !== undefined) examined.reviewAt = place(["review"], "key");
  } else {
    // Turning a schema error into a finding takes some work; past a hundred thousand, only count them.
    const errors = validateAgreement.errors ?? [];
    for (const f of schemaFindings(errors.slice(0, SCHEMA_ERRORS), value, agreementSchema))
      placed.push({ ...place(f.path, f.at)!, code: f.code, params: f.params, finding: f, path: toPointer(f.path) });
    examined.unexamined = Math.max(0, errors.length - SCHEMA_ERRORS);
  }
  // A document may be any YAML value — `~`, a number, a list — until the schema has said it is a map.
  const id = value !== null && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
  if (typeof id === "string") examined.id = { value: detached(id), ...place(["id"], "value")! };
  return { examined, text, data: value, place };
}

/** The findings of the rules (some depend on the day), placed; undefined when one cannot be placed. */
export function ruleFindings(
  file: string,
  agreement: Agreement,
  asOf: string,
  place: Place,
  warnings = true,
): Placed[] | undefined {
  const { fileName, stem } = fileNameParts(file);
  const out: Placed[] = [];
  for (const f of checkAgreement(agreement, { stem, fileName, asOf, units: registry })) {
    if (!warnings && severityOf(f.code) !== "error") continue;
    const at = place(f.path, f.at);
    if (at === undefined) return undefined;
    out.push({ ...at, code: f.code, params: f.params, finding: f, path: toPointer(f.path) });
  }
  return out;
}

/** The result of a file from its examination and the findings of its rules, in the run's language. */
export function concludeFile(
  file: string,
  examined: Examined,
  rules: readonly Placed[],
  lang: Lang,
  text: () => string | undefined,
  data: unknown,
): FileResult {
  const diagnostics = report(file, [...examined.placed, ...rules], examined.unexamined, lang, data);
  const shown = diagnostics.length > 0 ? text() : undefined;
  const result: FileResult = { file, diagnostics, ...(shown !== undefined ? { text: shown } : {}) };
  if (!examined.parsed) return result;
  if (examined.id) result.id = { ...examined.id };
  if (examined.agreement && !diagnostics.some((d) => d.severity === "error")) {
    result.agreement = examined.agreement;
    if (examined.reviewAt) result.reviewAt = { ...examined.reviewAt };
  }
  return result;
}

/**
 * Everything mou checks in one agreement file, from its bytes: encoding, YAML, schema and the rules
 * that need only this file. Pure: the caller reads the file and supplies "today".
 */
export function checkFile(file: string, bytes: Uint8Array, options: CheckOptions): FileResult {
  const { examined, text, data, place } = examineFile(bytes);
  const { agreement } = examined;
  const rules = agreement ? ruleFindings(file, agreement, options.asOf, place, options.warnings !== false)! : [];
  return concludeFile(file, examined, rules, options.lang, () => text, data);
}
