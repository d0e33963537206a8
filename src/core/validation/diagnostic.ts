import type { Code } from "./messages.js";

export type Severity = "error" | "warning";

/** A place in a parsed value: the keys and indexes from the root. */
export type ValuePath = readonly (string | number)[];

/**
 * What a check found, before it is placed in a file. `at` says which part of the YAML the finding
 * points at: the value at `path`, the key that introduces it, or (for a missing key) its parent.
 */
export interface Finding {
  code: Code;
  path: ValuePath;
  at: "value" | "key" | "parent";
  params: Readonly<Record<string, string | number>>;
  /** Places the message names, put in words for the reader's language when the message is made. */
  paths?: Readonly<Record<string, ValuePath>>;
}

/** The one shape of every problem mou reports; positions are 1-based. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: Code;
  message: string;
  /** JSON pointer (RFC 6901) to the value in the agreement. */
  path: string;
}

export function toPointer(path: ValuePath): string {
  return path.map((seg) => `/${String(seg).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors++;
  return { errors, warnings: diagnostics.length - errors };
}
