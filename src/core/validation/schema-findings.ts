import { codeForWord, messages, sectorForWord, statusForWord } from "../../i18n/index.js";
import { dateFromDayMonthYear, FIRST_DATE, isCalendarDate, LAST_DATE } from "../schedule/dates.js";
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

/** The names of the expected types, for the catalogue to put in words ("string,object", or a definition). */
function expectedTypes(types: string[], definition: string | undefined): string {
  if (definition === "date" || definition === "duration" || definition === "text") return definition;
  return types.join(",");
}

/** The labels that name the codes of an enum at `path`, in the catalogue's `labels` area. */
function labelTable(path: ValuePath): string {
  const field = path[path.length - 1];
  const list = path.length >= 3 ? path[path.length - 3] : undefined;
  if (field === "status") return path.length === 1 ? "agreementStatus" : "commitmentStatus";
  if (field === "kind" && path.length === 1) return "kind";
  if (field === "type" && list === "parties") return "partyType";
  return "";
}

/** The code an officer's word means in the label table (a status written "đang thực hiện"), if any. */
function codeForLabel(value: unknown, allowed: string[], table: string): string | undefined {
  if (typeof value !== "string" || table === "") return undefined;
  if (table === "commitmentStatus") return statusForWord(value);
  return codeForWord(value, allowed, (lang) => messages(lang).labels[table as "kind"] as Record<string, string>);
}

function finding(
  code: Code,
  path: ValuePath,
  at: Finding["at"],
  params: Finding["params"],
  paths?: Finding["paths"],
): Finding {
  return paths === undefined ? { code, path, at, params } : { code, path, at, params, paths };
}

function formatFinding(
  error: SchemaError,
  path: ValuePath,
  value: unknown,
  definition: string | undefined,
): Finding | undefined {
  const text = String(value);
  // A date's pattern holds its years to the range; a text that is no date at all gets schema/date alone.
  if (definition === "date" && error.keyword === "pattern")
    return isCalendarDate(text)
      ? finding("schema/date-range", path, "value", { value: text, first: FIRST_DATE, last: LAST_DATE })
      : undefined;
  if (error.keyword === "format" && error.params.format === "date") {
    const iso = dateFromDayMonthYear(text);
    return finding(
      "schema/date",
      path,
      "value",
      iso === undefined ? { value: text } : { value: text, suggestion: iso },
    );
  }
  if (error.keyword === "format") return finding("schema/uri", path, "value", { value: text });
  if (definition === "duration") return finding("schema/duration", path, "value", { value: text });
  if (definition === "slug" || definition === "key") {
    const sector = path[path.length - 2] === "sectors" ? sectorForWord(text) : undefined;
    return finding(
      "schema/id-format",
      path,
      "value",
      sector === undefined ? { value: text } : { value: text, suggestion: sector },
    );
  }
  return finding("schema/pattern", path, "value", { value: text }, { key: path });
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
    const key = { key: path };
    switch (error.keyword) {
      case "additionalProperties":
      case "if":
        break;
      case "required": {
        const missing = String(error.params.missingProperty);
        if (unknownKeySuggestions.get(error.instancePath)?.has(missing)) break;
        add(
          finding(
            "schema/required",
            [...path, missing],
            "parent",
            { where: describePath(path), field: missing },
            { key: [...path, missing] },
          ),
          `${at}\u0000${missing}`,
        );
        break;
      }
      case "type": {
        const types = String(error.params.type).split(",");
        const expected = expectedTypes(types, schemaAt(at, path).definition);
        add(finding("schema/type", path, "value", { expected, actual: jsonType(value) }, key), at);
        break;
      }
      case "enum": {
        const allowed = (error.params.allowedValues as unknown[]).map(String);
        const labels = labelTable(path);
        const field = String(path[path.length - 1] ?? "");
        const params = { value: String(value), allowed: allowed.join(", "), labels, field };
        const meant = codeForLabel(value, allowed, labels);
        const suggestion = meant ?? (typeof value === "string" ? suggest(value, allowed) : undefined);
        const withHint =
          suggestion === undefined ? params : { ...params, suggestion, ...(meant === undefined ? {} : { word: 1 }) };
        add(finding("schema/enum", path, "value", withHint, key), at);
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
        add(finding("schema/range", path, "value", { value: String(value) }, key), at);
        break;
      case "minLength":
      case "minItems":
      case "minProperties":
        add(finding("schema/empty", path, "value", {}, key), at);
        break;
      default:
        add(finding("schema/invalid", path, "value", { detail: error.message ?? error.keyword }, key), at);
    }
  }
  return findings;
}
