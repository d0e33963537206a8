import type { Finding, ValuePath } from "../core/validation/diagnostic.js";
import type { YNode, YPair } from "./yaml/tree.js";

/** The pair of `map` whose key is `key` (scalar keys compare as text, as the parser stores them). */
export function pairOf(map: YNode, key: string | number): YPair | undefined {
  return map.pairs?.find((p) => p.key.kind === "scalar" && String(p.key.value) === String(key));
}

/**
 * The source offset a finding points at: the value at `path`, the key that introduces it, or — for a
 * missing key, whose path ends in that key — the key of its parent. When the path leaves the document,
 * the nearest ancestor that exists is used.
 */
export function locate(root: YNode | undefined, path: ValuePath, at: Finding["at"]): number {
  let node: YNode | null | undefined = root;
  let key: YNode | undefined;
  let fallback = root?.contentStart ?? 0;
  const depth = at === "parent" ? path.length - 1 : path.length;
  for (let i = 0; i < depth; i++) {
    const seg = path[i]!;
    if (node?.kind === "alias") node = node.target;
    if (node?.kind === "map") {
      const pair = pairOf(node, seg);
      if (!pair) return fallback;
      key = pair.key;
      fallback = key.start;
      node = pair.value;
    } else if (node?.kind === "seq" && typeof seg === "number" && node.items?.[seg]) {
      key = undefined;
      node = node.items[seg];
      fallback = node.contentStart;
    } else {
      return fallback;
    }
    if (!node) return fallback;
  }
  if (at === "key" || at === "parent") return key?.start ?? node?.contentStart ?? fallback;
  // An empty value (`title:` with nothing after it) has no text of its own.
  if (node && key && node.kind === "empty") return key.start;
  return node?.contentStart ?? fallback;
}
