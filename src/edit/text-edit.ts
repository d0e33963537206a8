import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { replacementText, scalarText } from "./scalar.js";

/** A map of plain values to write as one YAML mapping (a new list item or new keys). */
export type Fields = ReadonlyArray<readonly [string, string | number]>;

/** Why an edit cannot be made to this file's text; the shell reports it as a usage problem. */
export class EditError extends Error {}

/**
 * An agreement's YAML text, open for edits that touch only the lines they must: every change is a splice
 * at positions the parser reports, so comments, blank lines, quoting, key order and long lines elsewhere
 * stay byte for byte as they were.
 */
export class YamlText {
  readonly eol: string;
  private readonly doc: Document;

  constructor(readonly text: string) {
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
    this.doc = parseDocument(text, {
      version: "1.2",
      schema: "core",
      keepSourceTokens: true,
      lineCounter: new LineCounter(),
    });
    if (this.doc.errors.length > 0)
      throw new EditError(`the file has YAML errors: ${this.doc.errors[0]!.message.split("\n")[0]}`);
    if (!isMap(this.doc.contents)) throw new EditError("the file is not a YAML map");
  }

  get root(): YAMLMap {
    return this.doc.contents as YAMLMap;
  }

  static pair(map: YAMLMap, key: string): Pair<Scalar, Node | null> | undefined {
    return (map.items as Pair<Scalar, Node | null>[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Offset just after the line on which `offset - 1` stands (after its line break). */
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

  /** Replaces the value of `key` in `map`, keeping the scalar's quoting style; undefined when the key is absent. */
  replaceValue(map: YAMLMap, key: string, value: string | number): string | undefined {
    const pair = YamlText.pair(map, key);
    if (!pair) return undefined;
    const node = pair.value;
    if (!isScalar(node) || !node.range) throw new EditError(`"${key}" is not a single value`);
    const [start, end] = node.range;
    if (start === end) return this.splice(start, end, (this.text[start - 1] === " " ? "" : " ") + scalarText(value));
    return this.splice(start, end, replacementText(value, node.type));
  }

  /** Adds `key: value` as the last entry of `map` (block or flow). */
  addEntry(map: YAMLMap, key: string, value: string | number): string {
    return this.addFields(map, [[key, value]]);
  }

  private addFields(map: YAMLMap, fields: Fields): string {
    if (!map.range) throw new EditError("cannot place the new key");
    if (map.flow) {
      const close = this.text.lastIndexOf("}", map.range[1] - 1);
      const inner = this.text.slice(map.range[0] + 1, close).trim();
      const text = fields.map(([k, v]) => `${k}: ${scalarText(v, "flow")}`).join(", ");
      return this.splice(close, close, inner === "" ? text : `, ${text}`);
    }
    const first = map.items[0] as Pair<Node, Node> | undefined;
    const indent = " ".repeat(first?.key?.range ? this.column(first.key.range[0]) : 0);
    const { at, prefix } = this.afterLine(map.range[1]);
    return this.splice(at, at, prefix + this.blockMapping(fields, indent, indent));
  }

  /**
   * Appends a mapping to the list at `key` of `map`, creating the key (after the first of the `after`
   * keys that exists, else at the end of the map) or turning an empty `[]` into a block list.
   */
  appendItem(map: YAMLMap, key: string, fields: Fields, after: readonly string[] = []): string {
    const pair = YamlText.pair(map, key);
    const node = pair?.value;
    const keyIndent = (k: Node | null | undefined) => (k?.range ? this.column(k.range[0]) : 0);
    if (pair === undefined && map.flow) {
      const close = this.text.lastIndexOf("}", map.range![1] - 1);
      const inner = this.text.slice(map.range![0] + 1, close).trim();
      return this.splice(close, close, `${inner === "" ? "" : ", "}${key}: [${this.flowMapping(fields)}]`);
    }
    if (pair === undefined) {
      const anchorPair = after.map((k) => YamlText.pair(map, k)).find((p) => p !== undefined);
      const first = map.items[0] as Pair<Node, Node> | undefined;
      const indent = " ".repeat(keyIndent(first?.key));
      const end = anchorPair ? (anchorPair.value?.range?.[1] ?? anchorPair.key.range![1]) : map.range![1];
      const { at, prefix } = this.afterLine(end);
      const itemIndent = `${indent}  `;
      return this.splice(
        at,
        at,
        `${prefix}${indent}${key}:${this.eol}${this.blockMapping(fields, `${itemIndent}  `, `${itemIndent}- `)}`,
      );
    }
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      const itemIndent = " ".repeat(keyIndent(pair.key) + 2);
      const { at, prefix } = this.afterLine(pair.key.range![1]);
      return this.splice(at, at, prefix + this.blockMapping(fields, `${itemIndent}  `, `${itemIndent}- `));
    }
    if (!isSeq(node) || !node.range) throw new EditError(`"${key}" is not a list`);
    const seq = node as YAMLSeq;
    if (seq.flow && seq.items.length > 0) {
      const close = this.text.lastIndexOf("]", seq.range![1] - 1);
      return this.splice(close, close, `, ${this.flowMapping(fields)}`);
    }
    if (seq.flow) {
      // `reviews: []` becomes a block list under its key; a comment after the brackets stays on the key's line.
      const [start, end] = seq.range!;
      const itemIndent = " ".repeat(keyIndent(pair.key) + 2);
      const lineEnd = this.afterLine(end);
      const before = this.text.slice(0, start).replace(/[ \t]+$/, "");
      const rest = this.text
        .slice(end, lineEnd.at)
        .replace(/^[ \t]+(?=#)/, " ")
        .replace(/^[ \t]+(?=\r?\n|$)/, "");
      const items = this.blockMapping(fields, `${itemIndent}  `, `${itemIndent}- `);
      const lineBreak = rest.endsWith("\n") ? "" : this.eol;
      return before + rest + lineBreak + items + this.text.slice(lineEnd.at);
    }
    const dash = " ".repeat(this.column(seq.range![0]));
    const { at, prefix } = this.afterLine(seq.range![1]);
    return this.splice(at, at, prefix + this.blockMapping(fields, `${dash}  `, `${dash}- `));
  }

  /** The map of the list item in `list` whose `id` equals `id` (integers compare as text). */
  static findById(list: Node | null | undefined, id: string): YAMLMap | undefined {
    if (!isSeq(list)) return undefined;
    return list.items.find(
      (item): item is YAMLMap =>
        isMap(item) && String((YamlText.pair(item, "id")?.value as Scalar | undefined)?.value) === id,
    );
  }

  static ids(list: Node | null | undefined): string[] {
    if (!isSeq(list)) return [];
    return list.items.flatMap((item) =>
      isMap(item) ? [String((YamlText.pair(item, "id")?.value as Scalar | undefined)?.value)] : [],
    );
  }
}
