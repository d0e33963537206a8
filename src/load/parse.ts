import type { Document } from "yaml";
import { LineCounter, parseDocument, visit } from "yaml";
import type { Code } from "../core/validation/messages.js";

export const MAX_ALIAS_EXPANSIONS = 100;
export const MAX_DEPTH = 64;

/** A problem found while reading YAML, at a source offset. */
export interface YamlProblem {
  code: Code;
  offset: number;
  params: Record<string, string | number>;
}

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The plain value, strings in NFC; undefined when problems stop the file from being read. */
  value?: unknown;
  problems: YamlProblem[];
}

class TooDeep extends Error {}

/** Strings only need NFC work when they hold something beyond Latin-1, where decomposed forms live. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
const MAYBE_NOT_NFC = /[^\u0000-\u02ff]/;
const nfc = (s: string): string => (MAYBE_NOT_NFC.test(s) ? s.normalize("NFC") : s);

/**
 * Plain data with every string (keys too) in Unicode NFC, so that "Nghệ" typed with combining marks equals
 * "Nghệ" typed precomposed. A `__proto__` key stays an ordinary own key, never a prototype.
 */
export function normalize(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (typeof value === "string") return nfc(value);
  if (Array.isArray(value)) return value.map((item) => normalize(item, depth + 1));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = normalize((value as Record<string, unknown>)[key], depth + 1);
      const name = nfc(key);
      if (name === "__proto__")
        Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
      else out[name] = item;
    }
    return out;
  }
  return value;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The key text at a duplicate-key error: yaml marks only its first character. */
function keyAt(text: string, offset: number): string {
  const m = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:#\n]*?)\s*:(?:\s|$)/.exec(text.slice(offset, offset + 400));
  return (m?.[1] ?? text.slice(offset).split(/\s/)[0] ?? "").trim() || "?";
}

/** Where a syntax error is best shown: an unclosed quote is reported at its end; point at its start. */
function syntaxOffset(text: string, code: string, message: string, offset: number): number {
  const quote = code === "MISSING_CHAR" && /quote/.test(message) ? (message.includes('"') ? '"' : "'") : undefined;
  if (quote === undefined) return offset;
  const start = text.lastIndexOf(quote, offset - 1);
  return start >= 0 ? start : offset;
}

const firstLine = (message: string): string => message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");

/**
 * The offset of the first flow bracket nested deeper than MAX_DEPTH, or -1. Checked before parsing so a
 * bracket bomb is refused at a stable position instead of wherever the parser's stack runs out.
 */
export function tooDeepFlowOffset(text: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== "") {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** Parses one YAML document with the 1.2 core schema: unquoted dates stay strings, duplicate keys are errors. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  const deep = tooDeepFlowOffset(text);
  if (deep >= 0) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0 && i < deep; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
    return {
      doc: parseDocument(""),
      lineCounter,
      problems: [{ code: "yaml/too-deep", offset: deep, params: { limit: MAX_DEPTH } }],
    };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      version: "1.2",
      schema: "core",
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      logLevel: "silent",
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      doc: parseDocument(""),
      lineCounter,
      problems: [{ code: "yaml/too-deep", offset: 0, params: { limit: MAX_DEPTH } }],
    };
  }
  const duplicates = doc.errors.filter((e) => e.code === "DUPLICATE_KEY");
  const syntax = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
  // Later syntax errors are nearly always consequences of the first; duplicate keys are independent.
  for (const error of duplicates) {
    problems.push({ code: "yaml/duplicate-key", offset: error.pos[0], params: { key: keyAt(text, error.pos[0]) } });
  }
  if (syntax && /call stack/i.test(syntax.message)) {
    problems.push({ code: "yaml/too-deep", offset: 0, params: { limit: MAX_DEPTH } });
  } else if (syntax) {
    problems.push({
      code: "yaml/syntax",
      offset: syntaxOffset(text, syntax.code, syntax.message, syntax.pos[0]),
      params: { detail: firstLine(syntax.message) },
    });
  }
  for (const warning of doc.warnings) {
    problems.push({ code: "yaml/warning", offset: warning.pos[0], params: { detail: firstLine(warning.message) } });
  }
  if (problems.some((p) => p.code !== "yaml/warning")) return { doc, lineCounter, problems };
  if (doc.contents === null)
    return { doc, lineCounter, problems: [...problems, { code: "file/empty", offset: 0, params: {} }] };
  try {
    const value = normalize(doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }));
    return { doc, lineCounter, value, problems };
  } catch (error) {
    if (error instanceof TooDeep || error instanceof RangeError) {
      return {
        doc,
        lineCounter,
        problems: [...problems, { code: "yaml/too-deep", offset: 0, params: { limit: MAX_DEPTH } }],
      };
    }
    if (error instanceof ReferenceError) {
      const problem: YamlProblem = /Excessive alias/.test(error.message)
        ? { code: "yaml/alias-limit", offset: firstAliasOffset(doc), params: { limit: MAX_ALIAS_EXPANSIONS } }
        : { code: "yaml/syntax", offset: firstAliasOffset(doc), params: { detail: firstLine(error.message) } };
      return { doc, lineCounter, problems: [...problems, problem] };
    }
    throw error;
  }
}
