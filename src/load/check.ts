import agreementSchema from "../../schemas/agreement.schema.json";
import type { Agreement } from "../core/model/agreement.js";
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
import { readYaml, type YamlProblem } from "./yaml/read.js";
import type { YNode } from "./yaml/tree.js";

export interface CheckOptions {
  asOf: string;
  lang: Lang;
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

interface Placed {
  line: number;
  column: number;
  code: Code;
  params: Finding["params"];
  /** The finding, whose places are put in words once it is shown. */
  finding?: Finding;
  path: string;
}

/**
 * The diagnostics of a file, in order of position: every problem placed first (cheap), then only the
 * first MAX_PROBLEMS given their message, and one more diagnostic, where the rest begin, to say how many
 * were left out (about how many, when schema errors beyond SCHEMA_ERRORS were only counted).
 */
function report(
  file: string,
  problems: readonly YamlProblem[],
  findings: readonly Finding[],
  unexamined: number,
  tree: YNode | undefined,
  lines: Lines,
  lang: Lang,
  data: unknown,
): Diagnostic[] {
  const placed: Placed[] = [];
  for (const p of problems) {
    const { line, col } = lines.linePos(p.offset);
    placed.push({ line, column: col, code: p.code, params: p.params, path: "" });
  }
  for (const f of findings) {
    const { line, col } = lines.linePos(locate(tree, f.path, f.at));
    placed.push({ line, column: col, code: f.code, params: f.params, finding: f, path: toPointer(f.path) });
  }
  placed.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const shown = placed.slice(0, MAX_PROBLEMS);
  // Places are put in words only for the findings shown: it takes a look at the data for each.
  const params = (p: Placed) => (p.finding ? paramsInWords(p.finding, data, lang) : p.params);
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
 * A copy of a short string that does not keep its source alive: parsers hand out slices of the whole file
 * text, and one retained slice would keep every file of a large folder in memory.
 */
const detached = (s: string): string => ` ${s}`.slice(1);

/**
 * Everything mou checks in one agreement file, from its bytes: encoding, YAML, schema and the rules
 * that need only this file. Pure: the caller reads the file and supplies "today".
 */
export function checkFile(file: string, bytes: Uint8Array, options: CheckOptions): FileResult {
  const { lang } = options;
  const decoded = decode(bytes);
  if (!decoded.ok)
    return { file, diagnostics: [diagnostic(file, decoded.code, decoded.params, lang, decoded.line, decoded.column)] };
  const { text } = decoded;
  const { tree, value, problems } = readYaml(text);
  const lines = new Lines(text);
  let findings: Finding[] = [];
  let unexamined = 0;
  if (value !== undefined) {
    if (validateAgreement(value)) {
      const { fileName, stem } = fileNameParts(file);
      findings = checkAgreement(value as Agreement, { stem, fileName, asOf: options.asOf, units: registry });
    } else {
      // Turning a schema error into a finding takes some work; past a hundred thousand, only count them.
      const errors = validateAgreement.errors ?? [];
      findings = schemaFindings(errors.slice(0, SCHEMA_ERRORS), value, agreementSchema);
      unexamined = Math.max(0, errors.length - SCHEMA_ERRORS);
    }
  }
  const diagnostics = report(file, problems, findings, unexamined, tree, lines, lang, value);
  if (value === undefined) return { file, diagnostics, ...(diagnostics.length > 0 ? { text } : {}) };

  const result: FileResult = { file, diagnostics, ...(diagnostics.length > 0 ? { text } : {}) };
  // A document may be any YAML value — `~`, a number, a list — until the schema has said it is a map.
  const id = value !== null && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
  if (typeof id === "string") {
    const { line, col } = lines.linePos(locate(tree, ["id"], "value"));
    result.id = { value: detached(id), line, column: col };
  }
  if (!diagnostics.some((d) => d.severity === "error")) {
    result.agreement = value as Agreement;
    if (result.agreement.review !== undefined) {
      const { line, col } = lines.linePos(locate(tree, ["review"], "key"));
      result.reviewAt = { line, column: col };
    }
  }
  return result;
}
