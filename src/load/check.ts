import type { Document, LineCounter } from "yaml";
import agreementSchema from "../../schemas/agreement.schema.json";
import type { Diagnostic, Finding, Lang } from "../core/diagnostic.js";
import { compareDiagnostics, toPointer } from "../core/diagnostic.js";
import { formatMessage, severityOf, type Code } from "../core/messages.js";
import type { Agreement } from "../core/model.js";
import { checkAgreement } from "../core/rules.js";
import { schemaFindings } from "../core/schema-findings.js";
import validateAgreement from "../generated/validate-agreement.cjs";
import { decode } from "./decode.js";
import { locate } from "./locate.js";
import { parseYaml } from "./parse.js";

export interface CheckOptions {
  asOf: string;
  lang: Lang;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The agreement, when the file has no errors (warnings allowed). */
  agreement?: Agreement;
  /** The decoded text, kept for code frames. */
  text?: string;
  /** Where the `review:` key is written, for findings about the schedule. */
  reviewAt?: { line: number; column: number };
  /** The agreement's id and where it is written, for findings across files. */
  id?: { value: string; line: number; column: number };
}

function diagnostic(file: string, code: Code, params: Finding["params"], lang: Lang, line: number, column: number, path = ""): Diagnostic {
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
 * Everything mou checks in one agreement file, from its bytes: encoding, YAML, schema and the rules
 * that need only this file. Pure: the caller reads the file and supplies "today".
 */
export function checkFile(file: string, bytes: Uint8Array, options: CheckOptions): FileResult {
  const { lang } = options;
  const decoded = decode(bytes);
  if (!decoded.ok) return { file, diagnostics: [diagnostic(file, decoded.code, decoded.params, lang, decoded.line, decoded.column)] };
  const { text } = decoded;
  const { doc, lineCounter, value, problems } = parseYaml(text);
  const diagnostics = problems.map((p) => {
    const { line, col } = lineCounter.linePos(p.offset);
    return diagnostic(file, p.code, p.params, lang, line, col);
  });
  if (value === undefined) return { file, diagnostics, text };

  let findings: Finding[];
  if (validateAgreement(value)) {
    const { fileName, stem } = fileNameParts(file);
    findings = checkAgreement(value as Agreement, { stem, fileName, asOf: options.asOf });
  } else {
    findings = schemaFindings(validateAgreement.errors ?? [], value, agreementSchema);
  }
  diagnostics.push(...findings.map((f) => place(doc, lineCounter, file, f, lang)));
  diagnostics.sort(compareDiagnostics);

  const result: FileResult = { file, diagnostics, text };
  const id = (value as { id?: unknown }).id;
  if (typeof id === "string") {
    const { line, col } = lineCounter.linePos(locate(doc, ["id"], "value"));
    result.id = { value: id, line, column: col };
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
