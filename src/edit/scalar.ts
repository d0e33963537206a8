import { parse } from "yaml";

/**
 * A value as YAML source text: plain when it reads back as the same string (inside flow collections only
 * for simple words, dates and numbers-as-text), else double-quoted (JSON strings are valid YAML).
 */
export function scalarText(value: string | number, context: "block" | "flow" = "block"): string {
  if (typeof value === "number") return String(value);
  // Inside [..] or {..}, a plain scalar must also avoid the flow indicators.
  const plainCandidate = context === "block" ? !/[\r\n]/.test(value) : /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(value);
  if (plainCandidate && value.trim() === value && value !== "") {
    try {
      if (parse(value, { version: "1.2", schema: "core" }) === value) return value;
    } catch {
      // not valid as a plain scalar: quote it
    }
  }
  return JSON.stringify(value);
}

/** The replacement for an existing scalar, keeping its quoting style where the new value allows. */
export function replacementText(value: string | number, style: string | undefined): string {
  if (typeof value === "string" && !/[\r\n]/.test(value)) {
    if (style === "QUOTE_DOUBLE") return JSON.stringify(value);
    if (style === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  }
  return scalarText(value);
}
