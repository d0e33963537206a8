import jsyaml from "js-yaml";

// js-yaml parses several times faster than the yaml package but keeps no source positions. mou uses it
// first; a file that parses, passes the schema and raises no finding needs no positions, and any other file
// is parsed again with yaml for exact line:col. For the two paths to give identical values, js-yaml gets
// the YAML 1.2 core schema exactly as the yaml package resolves it (js-yaml's own also accepts 1_000 and
// 0b101 as numbers).

const int = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: string | null) =>
    data !== null && (/^[-+]?[0-9]+$/.test(data) || /^0o[0-7]+$/.test(data) || /^0x[0-9a-fA-F]+$/.test(data)),
  construct: (data: string) =>
    data.startsWith("0o")
      ? parseInt(data.slice(2), 8)
      : data.startsWith("0x")
        ? parseInt(data.slice(2), 16)
        : parseInt(data, 10),
  predicate: (value: unknown) => Number.isInteger(value),
});

const float = new jsyaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data: string | null) =>
    data !== null &&
    (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(data) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(data)),
  construct: (data: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data)
      ? data.slice(-3).toLowerCase() === "nan"
        ? NaN
        : data[0] === "-"
          ? -Infinity
          : Infinity
      : parseFloat(data),
  predicate: (value: unknown) => typeof value === "number",
});

const { types } = jsyaml as unknown as { types: { null: jsyaml.Type; bool: jsyaml.Type } };
const CORE = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, int, float] });

/**
 * What the fast path leaves to the yaml package: anchors and aliases (bounded expansion), tags, merge keys,
 * directives, and tabs (the two parsers disagree on tab-only lines inside block scalars).
 */
const NEEDS_FULL_PARSER = /[\s[{,][&*!]\S|<<|\t/;

/** A flow collection or a directive at the top, or an anchor, alias or tag as the very first character. */
const SPECIAL_START = /^(?:\s|#.*)*(?:[[{%&*!])/;

/** The plain value of a YAML text, or undefined when the fast parser should not or cannot decide. */
export function fastParse(text: string): unknown {
  if (NEEDS_FULL_PARSER.test(text) || SPECIAL_START.test(text) || /^%/m.test(text)) return undefined;
  try {
    const value = jsyaml.load(text, { schema: CORE });
    return value === null || value === undefined ? undefined : value;
  } catch {
    return undefined;
  }
}
