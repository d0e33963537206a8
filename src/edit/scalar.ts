import jsyaml from "js-yaml";
import { CORE } from "../load/yaml/schema.js";

/**
 * Characters written only as escapes: line breaks, every control character (YAML allows them raw nowhere),
 * the Unicode line and paragraph separators, and the byte order mark.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const hasEscaped = (value: string) => value.search(ESCAPED) >= 0;

/** A double-quoted YAML scalar: JSON's escapes are YAML's, plus \u escapes for what JSON leaves raw. */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value as YAML source text: plain when it reads back as the same string (inside flow collections only
 * for simple words, dates and numbers-as-text), else double-quoted.
 */
export function scalarText(value: string | number, context: "block" | "flow" = "block"): string {
  if (typeof value === "number") return String(value);
  // Inside [..] or {..}, a plain scalar must also avoid the flow indicators.
  const plainCandidate = context === "block" ? !hasEscaped(value) : /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(value);
  if (plainCandidate && value.trim() === value && value !== "") {
    try {
      if (jsyaml.load(value, { schema: CORE }) === value) return value;
    } catch {
      // not valid as a plain scalar: quote it
    }
  }
  return doubleQuoted(value);
}

/** The replacement for an existing scalar, keeping its quoting style where the new value allows. */
export function replacementText(value: string | number, style: string | undefined): string {
  if (typeof value === "string" && !hasEscaped(value)) {
    if (style === "double") return doubleQuoted(value);
    if (style === "single") return `'${value.replace(/'/g, "''")}'`;
  }
  return scalarText(value);
}
