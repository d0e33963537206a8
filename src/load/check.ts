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
import { locate } from "./locate.js";
import { Lines } from "./yaml/lines.js";
import { readYaml } from "./yaml/read.js";
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

function place(tree: YNode | undefined, lines: Lines, file: string, finding: Finding, lang: Lang): Diagnostic {
  const { line, col } = lines.linePos(locate(tree, finding.path, finding.at));
  return diagnostic(file, finding.code, finding.params, lang, line, col, toPointer(finding.path));
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
  const diagnostics = problems.map((p) => {
    const { line, col } = lines.linePos(p.offset);
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
  for (const f of findings) diagnostics.push(place(tree, lines, file, f, lang));
  diagnostics.sort(compareDiagnostics);

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
