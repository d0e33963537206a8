import jsyaml from "js-yaml";
import type { Code } from "../../core/validation/messages.js";
import { AliasLimit, Circular, MAX_ALIAS_EXPANSIONS, MAX_DEPTH, normalize, TooDeep } from "./normalize.js";
import { CORE_IGNORING_TAGS, CORE_TAGS } from "./schema.js";
import { TreeBuilder, type YNode } from "./tree.js";

/** A problem found while reading YAML, at a text offset. */
export interface YamlProblem {
  code: Code;
  offset: number;
  params: Record<string, string | number>;
}

export interface YamlReading {
  /** The plain value, strings in NFC; undefined when a problem stops the file from being read. */
  value?: unknown;
  /** Where each node is written, when the text parsed. */
  tree?: YNode;
  problems: YamlProblem[];
}

// js-yaml counts a nested node one level deeper than its parent, and a block mapping's value once more
// while it looks for a key; the exact limit is enforced on the value, this only keeps the stack small.
const PARSER_DEPTH = MAX_DEPTH + 2;

interface Mark {
  position: number;
}

/** Where a second document begins: its `---` line, or else its first content (text after `...`). */
function secondDocumentAt(text: string, builder: TreeBuilder, fallback: number): number {
  const second = builder.secondDocument;
  if (!second || !builder.root) return fallback;
  const between = text.slice(builder.root.end, second.contentStart);
  const marker = /(?:^|\n)---(?=[ \t\r\n]|$)/.exec(between);
  return marker ? builder.root.end + marker.index + (marker[0].startsWith("\n") ? 1 : 0) : second.contentStart;
}

/**
 * The kinds of js-yaml's errors that mou explains, by the start of their `reason` (stable texts of its
 * loader); the catalogue says what each means and what to do. Any other reason is shown as js-yaml words it.
 */
const REASONS: readonly [RegExp, string][] = [
  [/^tab characters must not be used in indentation/, "tab"],
  [/^bad indentation of a mapping entry/, "map-indent"],
  [/^bad indentation of a sequence entry/, "list-indent"],
  [/within a double quoted scalar/, "double-quote"],
  [/within a single quoted scalar/, "single-quote"],
  [/within a flow collection/, "bracket"],
  [/^missed comma between flow collection entries/, "comma"],
  [/^can not read an implicit mapping pair; a colon is missed/, "missing-colon"],
  [/^a whitespace character is expected after the key-value separator/, "space-after-colon"],
  [/^can not read a block mapping entry; a multiline key/, "multiline-key"],
  [/^end of the stream or a document separator is expected/, "extra-content"],
  [/single document/, "second-document"],
  [/^(unknown escape sequence|expected hexadecimal character)/, "escape"],
  [/^unidentified alias/, "unknown-alias"],
];

/** `key: value: more` — a plain value with a colon and a space, which YAML reads as a second key. */
const VALUE_WITH_COLON = /^[ \t]*(?:- +)?([^\s#'"?:\-[{][^:#]*?):[ \t]+[^\s'"|>[{&*!][^#]*$/;

/** The kind of a js-yaml error, and for an unquoted colon the key whose value holds it. */
function kindOf(text: string, reason: string, offset: number): Record<string, string> {
  const kind = REASONS.find(([pattern]) => pattern.test(reason))?.[1];
  if (kind === undefined) return { detail: reason };
  if (kind === "map-indent" && text[offset] === ":") {
    const before = text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset);
    const key = VALUE_WITH_COLON.exec(before)?.[1];
    if (key !== undefined) return { kind: "colon", key: key.trim(), detail: reason };
  }
  return { kind, detail: reason };
}

function syntaxProblem(text: string, reason: string, offset: number, builder: TreeBuilder): YamlProblem {
  if (/single document/.test(reason))
    return {
      code: "yaml/syntax",
      offset: secondDocumentAt(text, builder, offset),
      params: { kind: "second-document", detail: reason },
    };
  // The parser stops a little deeper than the limit; point at the first node beyond it.
  if (/maxDepth/.test(reason))
    return {
      code: "yaml/too-deep",
      offset: builder.openStarts()[MAX_DEPTH + 1] ?? offset,
      params: { limit: MAX_DEPTH },
    };
  // An unclosed quote is found at the end of the text; point at the quote that opened it.
  const quote = /within a (double|single) quoted scalar/.exec(reason)?.[1];
  const at = quote ? Math.max(0, text.lastIndexOf(quote === "double" ? '"' : "'", offset - 1)) : offset;
  return { code: "yaml/syntax", offset: at, params: kindOf(text, reason, offset) };
}

/** The offset of the first node nested deeper than MAX_DEPTH, or of the first alias (which brought it in). */
function deepOffset(tree: YNode | undefined, firstAlias: number | undefined): number {
  const stack: [YNode, number][] = tree ? [[tree, 0]] : [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return node.start;
    const children = node.pairs?.flatMap((p) => (p.value ? [p.key, p.value] : [p.key])) ?? node.items ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return firstAlias ?? 0;
}

/** The text of a key as written, for messages. */
const keyText = (text: string, key: YNode): string => text.slice(key.start, key.end).trim() || "?";

/**
 * Reads one YAML document with the YAML 1.2 core schema — unquoted dates stay text, duplicate keys are
 * errors, aliases and nesting are bounded — and records where each node is written. This is the one
 * reading of YAML in mou: validation, listings and edits all see the same value and the same problems.
 */
export function readYaml(text: string): YamlReading {
  const builder = new TreeBuilder(text, CORE_TAGS);
  const warnings: YamlProblem[] = [];
  let raw: unknown;
  try {
    // maxDepth is newer than the type definitions.
    const options = {
      schema: CORE_IGNORING_TAGS,
      // Repeated keys are found on the tree, all of them; the parser itself would stop at the first.
      json: true,
      maxDepth: PARSER_DEPTH,
      listener: builder.listener,
      onWarning: (warning: jsyaml.YAMLException) =>
        void warnings.push({
          code: "yaml/warning",
          offset: (warning.mark as Mark | undefined)?.position ?? 0,
          params: /^deficient indentation/.test(warning.reason)
            ? { kind: "deficient-indentation", detail: warning.reason }
            : { detail: warning.reason },
        }),
    };
    raw = jsyaml.load(text, options as unknown as jsyaml.LoadOptions);
  } catch (error) {
    if (error instanceof jsyaml.YAMLException)
      return {
        problems: [syntaxProblem(text, error.reason, (error.mark as Mark | undefined)?.position ?? 0, builder)],
      };
    if (error instanceof RangeError)
      return { problems: [{ code: "yaml/too-deep", offset: 0, params: { limit: MAX_DEPTH } }] };
    throw error;
  }
  const tree = builder.root;
  const problems = builder.badKeys.map(
    ({ key, repeated }): YamlProblem =>
      repeated
        ? { code: "yaml/duplicate-key", offset: key.start, params: { key: keyText(text, key) } }
        : { code: "yaml/syntax", offset: key.contentStart, params: { kind: "collection-key" } },
  );
  for (const at of builder.tightComments)
    problems.push({ code: "yaml/syntax", offset: at, params: { kind: "tight-comment" } });
  for (const at of builder.unknownTags)
    warnings.push({
      code: "yaml/warning",
      offset: at,
      params: { kind: "tag", tag: text.slice(at).split(/[\s,\]}]/)[0]! },
    });
  if (problems.length > 0) return { tree, problems: [...problems, ...warnings].sort((a, b) => a.offset - b.offset) };
  // No document, or one of only comments: js-yaml gives undefined or null; the tree tells null (`~`) apart.
  if (raw === undefined || (raw === null && (!tree || tree.kind === "empty")))
    return { problems: [...warnings, { code: "file/empty", offset: 0, params: {} }] };
  try {
    return { value: normalize(raw, builder.firstAlias !== undefined), ...(tree ? { tree } : {}), problems: warnings };
  } catch (error) {
    const fail = (problem: YamlProblem): YamlReading => ({
      ...(tree ? { tree } : {}),
      problems: [...warnings, problem],
    });
    if (error instanceof TooDeep || error instanceof RangeError)
      return fail({
        code: "yaml/too-deep",
        offset: deepOffset(tree, builder.firstAlias),
        params: { limit: MAX_DEPTH },
      });
    if (error instanceof AliasLimit)
      return fail({
        code: "yaml/alias-limit",
        offset: builder.firstAlias ?? 0,
        params: { limit: MAX_ALIAS_EXPANSIONS },
      });
    if (error instanceof Circular)
      return fail({
        code: "yaml/syntax",
        offset: builder.firstAlias ?? 0,
        params: { kind: "circular" },
      });
    throw error;
  }
}
