import type { Document, LineCounter } from "yaml";
import agreementSchema from "../../schemas/agreement.schema.json";
import type { Agreement } from "../core/model/agreement.js";
import type { Diagnostic, Finding } from "../core/validation/diagnostic.js";
import { compareDiagnostics, toPointer } from "../core/validation/diagnostic.js";
import { type Code, formatMessage, severityOf } from "../core/validation/messages.js";
import { checkAgreement } from "../core/validation/rules.js";
import { schemaFindings } from "../core/validation/schema-findings.js";
import { registry } from "../data-units.js";
import validateAgreement from "../generated/validate-agreement.cjs";
import type { Lang } from "../i18n/lang.js";
import { decode } from "./decode.js";
import { fastParse } from "./fast-parse.js";
import { locate } from "./locate.js";
import { normalize, parseYaml, tooDeepFlowOffset } from "./parse.js";

export interface CheckOptions {
  asOf: string;
  lang: Lang;
  /** Try the fast parser first (default); false forces the positional parser, for tests. */
  fast?: boolean;
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

function place(doc: Document, lineCounter: LineCounter, file: string, finding: Finding, lang: Lang): Diagnostic {
  const { line, col } = lineCounter.linePos(locate(doc, finding.path, finding.at));
  return diagnostic(file, finding.code, finding.params, lang, line, col, toPointer(finding.path));
}

/**
 * A copy of a short string that does not keep its source alive: parsers hand out slices of the whole file
 * text, and one retained slice would keep every file of a large folder in memory.
 */
const detached = (s: string): string => ` ${s}`.slice(1);

/** Line and column (1-based) of a text offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1 };
}

/** Where a top-level key starts (a block map at column 0), when it appears exactly once. */
function topLevelKey(text: string, key: string): number | undefined {
  const pattern = new RegExp(`^${key}:(?=[ \\t]|\\r?$)`, "gm");
  const found = [...text.matchAll(pattern)];
  return found.length === 1 ? found[0]!.index : undefined;
}

/**
 * The fast path: a file that js-yaml parses, that passes the schema and raises no finding needs no source
 * positions but those of its `id` and `review` keys, which a block map at column 0 gives by pattern.
 * Anything else returns undefined and takes the positional path, so results are the same either way.
 */
export function fastCheck(file: string, text: string, options: CheckOptions): FileResult | undefined {
  if (tooDeepFlowOffset(text) >= 0) return undefined;
  const raw = fastParse(text);
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = normalize(raw);
  } catch {
    return undefined;
  }
  if (!validateAgreement(value)) return undefined;
  const agreement = value as Agreement;
  const { fileName, stem } = fileNameParts(file);
  if (checkAgreement(agreement, { stem, fileName, asOf: options.asOf, units: registry }).length > 0) return undefined;
  const idKey = topLevelKey(text, "id");
  if (idKey === undefined) return undefined;
  const idValue = idKey + /^id:[ \t]*/.exec(text.slice(idKey))![0].length;
  const written = text.slice(idValue, idValue + agreement.id.length + 2);
  if (!(written.startsWith(agreement.id) || written === `"${agreement.id}"` || written === `'${agreement.id}'`))
    return undefined;
  const result: FileResult = {
    file,
    diagnostics: [],
    agreement,
    id: { value: detached(agreement.id), ...position(text, idValue) },
  };
  if (agreement.review !== undefined) {
    const reviewKey = topLevelKey(text, "review");
    if (reviewKey === undefined) return undefined;
    result.reviewAt = position(text, reviewKey);
  }
  return result;
}

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
  if (options.fast !== false) {
    const fast = fastCheck(file, text, options);
    if (fast) return fast;
  }
  const { doc, lineCounter, value, problems } = parseYaml(text);
  const diagnostics = problems.map((p) => {
    const { line, col } = lineCounter.linePos(p.offset);
    return diagnostic(file, p.code, p.params, lang, line, col);
  });
  if (value === undefined) return { file, diagnostics, ...(diagnostics.length > 0 ? { text } : {}) };

  let findings: Finding[];
  if (validateAgreement(value)) {
    const { fileName, stem } = fileNameParts(file);
    findings = checkAgreement(value as Agreement, { stem, fileName, asOf: options.asOf, units: registry });
  } else {
    findings = schemaFindings(validateAgreement.errors ?? [], value, agreementSchema);
  }
  diagnostics.push(...findings.map((f) => place(doc, lineCounter, file, f, lang)));
  diagnostics.sort(compareDiagnostics);

  const result: FileResult = { file, diagnostics, ...(diagnostics.length > 0 ? { text } : {}) };
  const id = (value as { id?: unknown }).id;
  if (typeof id === "string") {
    const { line, col } = lineCounter.linePos(locate(doc, ["id"], "value"));
    result.id = { value: detached(id), line, column: col };
  }
  if (!diagnostics.some((d) => d.severity === "error")) {
    result.agreement = value as Agreement;
    if (result.agreement.review !== undefined) {
      const { line, col } = lineCounter.linePos(locate(doc, ["review"], "key"));
      result.reviewAt = { line, column: col };
    }
  }
  return result;
}
