import type { Document, Node, Pair } from "yaml";
import { isAlias, isMap, isScalar, isSeq } from "yaml";
import type { Finding, ValuePath } from "../core/validation/diagnostic.js";

const startOf = (node: Node | null | undefined): number | undefined => node?.range?.[0];

/** An empty value (`title:` with nothing after it) has no text of its own. */
const isEmptyScalar = (node: Node): boolean =>
  isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1];

/**
 * The source offset a finding points at: the value at `path`, the key that introduces it, or — for a
 * missing key, whose path ends in that key — the key of its parent. When the path leaves the document,
 * the nearest ancestor that exists is used.
 */
export function locate(doc: Document, path: ValuePath, at: Finding["at"]): number {
  let node = doc.contents as Node | null;
  let key: Node | undefined;
  let fallback = startOf(node) ?? 0;
  const depth = at === "parent" ? path.length - 1 : path.length;
  for (let i = 0; i < depth; i++) {
    const seg = path[i]!;
    if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
    if (node && isMap(node)) {
      const pair = (node.items as Pair<Node, Node | null>[]).find(
        (p) => isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) return fallback;
      key = pair.key;
      fallback = startOf(key) ?? fallback;
      node = pair.value;
    } else if (node && isSeq(node) && typeof seg === "number" && node.items[seg]) {
      key = undefined;
      node = node.items[seg] as Node;
      fallback = startOf(node) ?? fallback;
    } else {
      return fallback;
    }
    if (!node) return fallback;
  }
  if (at === "key" || at === "parent") return startOf(key) ?? startOf(node) ?? fallback;
  if (node && key && isEmptyScalar(node)) return startOf(key) ?? fallback;
  return startOf(node) ?? fallback;
}
