import jsyaml from "js-yaml";

// The YAML 1.2 core schema: null, booleans, integers (decimal, 0o, 0x) and floats (with .inf and .nan), as
// the specification defines it. js-yaml's own default schema is YAML 1.1-flavoured (1_000, 0b101, dates as
// timestamps); dates must stay text, so that no result depends on the machine's time zone.

const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

// Every plain scalar is offered to these resolvers; most are words, which the first character rules out.
const digitOrSign = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b;

const int = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: string | null) =>
    data !== null && digitOrSign(data.charCodeAt(0)) && (DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data)),
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
    (digitOrSign(data.charCodeAt(0)) || data.charCodeAt(0) === 0x2e) &&
    (SPECIAL_FLOAT.test(data) || EXPONENT.test(data) || FRACTION.test(data)),
  construct: (data: string) =>
    SPECIAL_FLOAT.test(data)
      ? data.slice(-3).toLowerCase() === "nan"
        ? Number.NaN
        : data[0] === "-"
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
      : parseFloat(data),
  predicate: (value: unknown) => typeof value === "number",
});

const { types } = jsyaml as unknown as { types: { null: jsyaml.Type; bool: jsyaml.Type } };

/** The core schema. An unknown tag is an error here, so that a caller that cannot warn never guesses. */
export const CORE = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, int, float] });

/** The tags the core schema knows; any other tag on a node is reported as a warning and ignored. */
export const CORE_TAGS: ReadonlySet<string> = new Set(
  ["str", "seq", "map", "null", "bool", "int", "float"].map((t) => `tag:yaml.org,2002:${t}`),
);

const ignored = (kind: "scalar" | "sequence" | "mapping", prefix: string) =>
  new jsyaml.Type(prefix, {
    kind,
    multi: true,
    resolve: () => true,
    construct: (data: unknown) => data ?? (kind === "sequence" ? [] : kind === "mapping" ? {} : ""),
  });

/**
 * The core schema, plus: a node with any other tag (`!vi text`, `!!binary …`) keeps its plain value, as
 * if untagged; the reader reports the tag as a warning.
 */
export const CORE_IGNORING_TAGS = CORE.extend(
  ["!", "tag:"].flatMap((prefix) => [
    ignored("scalar", prefix),
    ignored("sequence", prefix),
    ignored("mapping", prefix),
  ]),
);
