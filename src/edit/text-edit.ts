import { formatMessage } from "../core/validation/messages.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { pairOf } from "../load/locate.js";
import { readYaml } from "../load/yaml/read.js";
import type { YNode, YPair } from "../load/yaml/tree.js";
import { replacementText, scalarText } from "./scalar.js";

/** A map of plain values to write as one YAML mapping (a new list item or new keys). */
export type Fields = ReadonlyArray<readonly [string, string | number]>;

/** Why an edit cannot be made to this file's text; the shell reports it, in the reader's language. */
export class EditError extends Error {
  constructor(readonly say: string | ((lang: Lang) => string)) {
    super(typeof say === "string" ? say : say("en"));
  }

  in(lang: Lang): string {
    return typeof this.say === "string" ? this.say : this.say(lang);
  }
}

/**
 * An agreement's YAML text, open for edits that touch only the lines they must: every change is a splice
 * at positions the reader reports, so comments, blank lines, quoting, key order and long lines elsewhere
 * stay byte for byte as they were. The positions come from the same reading `mou validate` makes.
 */
export class YamlText {
  readonly eol: string;
  readonly root: YNode;

  constructor(readonly text: string) {
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
    const { tree, problems } = readYaml(text);
    const problem = problems.find((p) => p.code !== "yaml/warning");
    if (problem)
      throw new EditError((lang) =>
        messages(lang).edit.yamlErrors({ detail: formatMessage(problem.code, problem.params, lang) }),
      );
    if (tree?.kind !== "map") throw new EditError((lang) => messages(lang).edit.notMap);
    this.root = tree;
  }

  static pair(map: YNode, key: string): YPair | undefined {
    return pairOf(map, key);
  }

  private lineStart(offset: number): number {
    let i = offset;
    while (i > 0 && this.text[i - 1] !== "\n" && this.text[i - 1] !== "\r") i--;
    return i;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Offset just after the line on which `end - 1` stands (after its line break). */
  private afterLine(end: number): { at: number; prefix: string } {
    const newline = this.text.indexOf("\n", Math.max(0, end - 1));
    if (newline >= 0) return { at: newline + 1, prefix: "" };
    return { at: this.text.length, prefix: this.eol };
  }

  private splice(start: number, end: number, insert: string): string {
    return this.text.slice(0, start) + insert + this.text.slice(end);
  }

  private blockMapping(fields: Fields, indent: string, firstPrefix: string): string {
    return fields.map(([k, v], i) => `${i === 0 ? firstPrefix : indent}${k}: ${scalarText(v)}${this.eol}`).join("");
  }

  private flowMapping(fields: Fields): string {
    return `{${fields.map(([k, v]) => `${k}: ${scalarText(v, "flow")}`).join(", ")}}`;
  }

  /**
   * Adds entries to a flow collection: after its last entry (so that a collection written over several
   * lines stays indented as it was), or inside its empty brackets.
   */
  private addToFlow(collection: YNode, last: YNode | undefined, text: string): string {
    if (last === undefined) return this.splice(collection.contentStart + 1, collection.contentStart + 1, text);
    return this.splice(last.end, last.end, `, ${text}`);
  }

  /** Replaces the value of `key` in `map`, keeping the scalar's quoting style; undefined when the key is absent. */
  replaceValue(map: YNode, key: string, value: string | number): string | undefined {
    const pair = YamlText.pair(map, key);
    if (!pair) return undefined;
    const node = pair.value;
    if (node === null || node.kind === "empty") {
      const at = node?.start ?? pair.key.end + 1;
      return this.splice(at, at, (this.text[at - 1] === " " ? "" : " ") + scalarText(value));
    }
    if (node.kind !== "scalar") throw new EditError((lang) => messages(lang).edit.notSingle({ key }));
    return this.splice(node.contentStart, node.end, replacementText(value, node.style));
  }

  /** Adds `key: value` as the last entry of `map` (block or flow). */
  addEntry(map: YNode, key: string, value: string | number): string {
    return this.addFields(map, [[key, value]]);
  }

  private lastOf(map: YNode): YNode | undefined {
    const pair = map.pairs?.at(-1);
    return pair ? (pair.value ?? pair.key) : undefined;
  }

  private addFields(map: YNode, fields: Fields): string {
    if (map.flow)
      return this.addToFlow(map, this.lastOf(map), fields.map(([k, v]) => `${k}: ${scalarText(v, "flow")}`).join(", "));
    const first = map.pairs?.[0];
    const indent = " ".repeat(first ? this.column(first.key.start) : 0);
    const { at, prefix } = this.afterLine(map.end);
    return this.splice(at, at, prefix + this.blockMapping(fields, indent, indent));
  }

  /**
   * Appends a mapping to the list at `key` of `map`, creating the key (after the first of the `after`
   * keys that exists, else at the end of the map) or turning an empty `[]` into a block list.
   */
  appendItem(map: YNode, key: string, fields: Fields, after: readonly string[] = []): string {
    const pair = YamlText.pair(map, key);
    const node = pair?.value;
    const keyIndent = (k: YNode) => this.column(k.start);
    if (pair === undefined && map.flow)
      return this.addToFlow(map, this.lastOf(map), `${key}: [${this.flowMapping(fields)}]`);
    if (pair === undefined) {
      const anchorPair = after.map((k) => YamlText.pair(map, k)).find((p) => p !== undefined);
      const first = map.pairs?.[0];
      const indent = " ".repeat(first ? keyIndent(first.key) : 0);
      const end = anchorPair ? (anchorPair.value ?? anchorPair.key).end : map.end;
      const { at, prefix } = this.afterLine(end);
      const itemIndent = `${indent}  `;
      return this.splice(
        at,
        at,
        `${prefix}${indent}${key}:${this.eol}${this.blockMapping(fields, `${itemIndent}  `, `${itemIndent}- `)}`,
      );
    }
    const itemIndent = " ".repeat(keyIndent(pair.key) + 2);
    const items = this.blockMapping(fields, `${itemIndent}  `, `${itemIndent}- `);
    if (
      node === null ||
      node === undefined ||
      node.kind === "empty" ||
      (node.kind === "scalar" && node.value === null)
    ) {
      // `history:` with nothing (or `~`) after it: the list goes under the key, and a comment stays on its line.
      const valueStart = node?.kind === "scalar" ? node.start : pair.key.end + 1;
      const valueEnd = node?.kind === "scalar" ? node.end : valueStart;
      return this.underKey(valueStart, valueEnd, items);
    }
    if (node.kind !== "seq") throw new EditError((lang) => messages(lang).edit.notList({ key }));
    if (node.flow && (node.items?.length ?? 0) > 0)
      return this.addToFlow(node, node.items!.at(-1), this.flowMapping(fields));
    // `reviews: []` becomes a block list under its key.
    if (node.flow) return this.underKey(node.start, node.end, items);
    const dash = " ".repeat(this.column(node.contentStart));
    const { at, prefix } = this.afterLine(node.end);
    return this.splice(at, at, prefix + this.blockMapping(fields, `${dash}  `, `${dash}- `));
  }

  /** Removes the value written at [start, end) on a key's line and puts `items` on the lines below it. */
  private underKey(start: number, end: number, items: string): string {
    const lineEnd = this.afterLine(end);
    const before = this.text.slice(0, start).replace(/[ \t]+$/, "");
    const rest = this.text
      .slice(end, lineEnd.at)
      .replace(/^[ \t]+(?=#)/, " ")
      .replace(/^[ \t]+(?=\r?\n|$)/, "");
    const lineBreak = rest.endsWith("\n") ? "" : this.eol;
    return before + rest + lineBreak + items + this.text.slice(lineEnd.at);
  }

  /** The map of the list item in `list` whose `id` equals `id` (integers compare as text). */
  static findById(list: YNode | null | undefined, id: string): YNode | undefined {
    return list?.kind === "seq" ? list.items?.find((item) => item.kind === "map" && idOf(item) === id) : undefined;
  }

  static ids(list: YNode | null | undefined): string[] {
    return list?.kind === "seq" ? (list.items ?? []).flatMap((item) => (item.kind === "map" ? [idOf(item)] : [])) : [];
  }
}

const idOf = (item: YNode): string => String(pairOf(item, "id")?.value?.value);
