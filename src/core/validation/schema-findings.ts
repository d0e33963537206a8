import { FIRST_DATE, isCalendarDate, LAST_DATE } from "../schedule/dates.js";
import type { Finding, ValuePath } from "./diagnostic.js";
import { fromPointer } from "./diagnostic.js";
import type { Code } from "./messages.js";
import { suggest } from "./suggest.js";

/** The part of an ajv error object that mou reads (ajv's own type is not imported into the core). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

const typeWords: Record<string, [string, string]> = {
  string: ["text", "chuỗi văn bản"],
  integer: ["a whole number", "số nguyên"],
  number: ["a number", "số"],
  boolean: ["true or false", "true hoặc false"],
  array: ["a list", "danh sách"],
  object: ["a map of keys and values", "khối khóa–giá trị"],
  null: ["empty", "để trống"],
  // YAML reads .inf and .nan as numbers; JSON Schema does not count them as numbers.
  infinite: ["an infinite or undefined number (.inf, .nan)", "số vô hạn hoặc không xác định (.inf, .nan)"],
};

function jsonType(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number")
    return Number.isInteger(value) ? "integer" : Number.isFinite(value) ? "number" : "infinite";
  return typeof value;
}

function valueAt(data: unknown, path: ValuePath): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/**
 * The schema that governs the value at `path`, and the name of the definition it refers to ("date",
 * "text", …). Found by walking the schema beside the data, because ajv's schemaPath is relative to an
 * inlined definition and cannot be trusted to name it.
 */
function schemaFor(root: object, path: ValuePath): { node?: SchemaNode; definition?: string } {
  const defs = (root as { $defs?: Record<string, SchemaNode> }).$defs ?? {};
  let definition: string | undefined;
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined => {
    definition = undefined;
    while (node?.$ref !== undefined) {
      definition = node.$ref.replace(/^#\/\$defs\//, "");
      node = defs[definition];
    }
    return node;
  };
  let node = resolve(root as SchemaNode);
  for (const seg of path) {
    node = resolve(typeof seg === "number" ? node?.items : node?.properties?.[seg]);
    if (node === undefined) return {};
  }
  return { node, definition };
}

function parsePath(instancePath: string): (string | number)[] {
  if (instancePath === "") return [];
  const segments: (string | number)[] = instancePath.slice(1).split("/");
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    const c = seg.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39 && /^(0|[1-9]\d*)$/.test(seg)) segments[i] = Number(seg);
    else if (seg.includes("~")) segments[i] = fromPointer(`/${seg}`)[0]!;
  }
  return segments;
}

/** "parties[1].name": how a path is named in messages. */
export function describePath(path: ValuePath): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}

function expectedWords(types: string[], definition: string | undefined): [string, string] {
  if (definition === "date") return ["a date written YYYY-MM-DD", "ngày dạng YYYY-MM-DD"];
  if (definition === "duration") return ["a duration such as P2Y", "khoảng thời gian như P2Y"];
  if (definition === "text") return ["text or a map {vi, en}", "chuỗi văn bản hoặc khối {vi, en}"];
  const words = types.map((t) => typeWords[t] ?? [t, t]);
  return [words.map((w) => w[0]).join(" or "), words.map((w) => w[1]).join(" hoặc ")];
}

function finding(code: Code, path: ValuePath, at: Finding["at"], params: Finding["params"]): Finding {
  return { code, path, at, params };
}

function formatFinding(
  error: SchemaError,
  path: ValuePath,
  value: unknown,
  definition: string | undefined,
): Finding | undefined {
  const text = String(value);
  const key = describePath(path);
  // A date's pattern holds its years to the range; a text that is no date at all gets schema/date alone.
  if (definition === "date" && error.keyword === "pattern")
    return isCalendarDate(text)
      ? finding("schema/date-range", path, "value", { value: text, first: FIRST_DATE, last: LAST_DATE })
      : undefined;
  if (error.keyword === "format" && error.params.format === "date")
    return finding("schema/date", path, "value", { value: text });
  if (error.keyword === "format") return finding("schema/uri", path, "value", { value: text });
  if (definition === "duration") return finding("schema/duration", path, "value", { value: text });
  if (definition === "slug" || definition === "key") return finding("schema/id-format", path, "value", { value: text });
  return finding("schema/pattern", path, "value", { value: text, key });
}

/** schemaFor, looked up once per place in the schema: every item of a list has the same one. */
function schemaLookup(root: object): (instancePath: string, path: ValuePath) => ReturnType<typeof schemaFor> {
  const found = new Map<string, ReturnType<typeof schemaFor>>();
  return (instancePath, path) => {
    const shape = instancePath.replace(/\/\d+(?=\/|$)/g, "/#");
    const known = found.get(shape) ?? schemaFor(root, path);
    found.set(shape, known);
    return known;
  };
}

/**
 * Turns ajv's errors into findings a person can act on: one per problem, placed on the key or value it
 * concerns, with "did you mean" hints. A misspelt key gives one finding, not also "required".
 */
export function schemaFindings(errors: readonly SchemaError[], data: unknown, schema: object): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const unknownKeySuggestions = new Map<string, Set<string>>();
  const schemaAt = schemaLookup(schema);
  // The same misspelt key in a thousand list items is looked up once.
  const hints = new Map<string, string | undefined>();
  /** Adds a finding once; `where` names its place (the error's pointer, and the key it concerns). */
  const add = (f: Finding, where: string) => {
    const id = `${f.code}\u0000${where}`;
    if (!seen.has(id)) {
      seen.add(id);
      findings.push(f);
    }
  };

  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const parent = parsePath(error.instancePath);
    const key = String(error.params.additionalProperty);
    const object = valueAt(data, parent) as Record<string, unknown>;
    const properties = Object.keys(schemaAt(error.instancePath, parent).node?.properties ?? {});
    const candidates = properties.filter((p) => !Object.hasOwn(object, p));
    const hintKey = `${key}\u0000${candidates.join("\u0000")}`;
    if (!hints.has(hintKey)) hints.set(hintKey, suggest(key, candidates));
    const suggestion = hints.get(hintKey);
    if (suggestion !== undefined) {
      const set = unknownKeySuggestions.get(error.instancePath) ?? new Set();
      set.add(suggestion);
      unknownKeySuggestions.set(error.instancePath, set);
    }
    const params: Finding["params"] = suggestion === undefined ? { key } : { key, suggestion };
    add(finding("schema/unknown-key", [...parent, key], "key", params), `${error.instancePath}\u0000${key}`);
  }

  for (const error of errors) {
    const path = parsePath(error.instancePath);
    const at = error.instancePath;
    const value = valueAt(data, path);
    const key = describePath(path);
    switch (error.keyword) {
      case "additionalProperties":
      case "if":
        break;
      case "required": {
        const missing = String(error.params.missingProperty);
        if (unknownKeySuggestions.get(error.instancePath)?.has(missing)) break;
        add(
          finding("schema/required", [...path, missing], "parent", {
            key: describePath([...path, missing]),
            where: key,
          }),
          `${at}\u0000${missing}`,
        );
        break;
      }
      case "type": {
        const types = String(error.params.type).split(",");
        const [expected, expectedVi] = expectedWords(types, schemaAt(at, path).definition);
        const [actual, actualVi] = typeWords[jsonType(value)] ?? ["", ""];
        add(finding("schema/type", path, "value", { key, expected, expectedVi, actual, actualVi }), at);
        break;
      }
      case "enum": {
        const allowed = (error.params.allowedValues as unknown[]).map(String);
        const suggestion = typeof value === "string" ? suggest(value, allowed) : undefined;
        const params = { key, value: String(value), allowed: allowed.join(", ") };
        add(finding("schema/enum", path, "value", suggestion === undefined ? params : { ...params, suggestion }), at);
        break;
      }
      case "format":
      case "pattern": {
        const found = formatFinding(error, path, value, schemaAt(at, path).definition);
        if (found) add(found, at);
        break;
      }
      case "minimum":
      case "maximum":
        add(finding("schema/range", path, "value", { key, value: String(value) }), at);
        break;
      case "minLength":
      case "minItems":
      case "minProperties":
        add(finding("schema/empty", path, "value", { key }), at);
        break;
      default:
        add(finding("schema/invalid", path, "value", { key, detail: error.message ?? error.keyword }), at);
    }
  }
  return findings;
}
