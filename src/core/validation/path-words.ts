import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Finding, ValuePath } from "./diagnostic.js";

const child = (node: unknown, seg: string | number): unknown =>
  node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[seg] : undefined;

/** An item's own id, when it has one that no other item of its list shares; else undefined. */
function ownId(list: unknown, index: number): string | undefined {
  const idOf = (item: unknown) => {
    const id = child(item, "id");
    return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
  };
  const id = Array.isArray(list) ? idOf(list[index]) : undefined;
  if (id === undefined || id === "") return undefined;
  let uses = 0;
  for (const item of list as unknown[]) if (idOf(item) === id) uses++;
  return uses === 1 ? id : undefined;
}

/**
 * A place in an agreement as a reader names it: "nội dung số 2 (commitments › 2) › trạng thái (status)".
 * An item of a list is named by its own id, else by its place counted from 1, with the way to find it in
 * the file in brackets; a field is named in words, and the first and last with their key. The JSON pointer
 * stays in the diagnostic's `path` for programs.
 */
export function pathInWords(path: ValuePath, data: unknown, lang: Lang): string {
  const words = messages(lang).paths;
  const fields: Readonly<Record<string, string>> = words.fields;
  const parts: string[] = [];
  let node = data;
  let list = "";
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = path[i + 1];
    if (typeof seg === "string" && typeof next === "number") {
      const items = child(node, seg);
      const id = ownId(items, next);
      const params: Record<string, string | number> =
        id === undefined ? { list: seg, n: next + 1 } : { list: seg, id, numeric: /^\d+$/.test(id) ? 1 : 0 };
      parts.push(`${words.item(params)} (${seg}${words.separator}${id ?? next + 1})`);
      node = child(items, next);
      list = seg;
      i++;
      continue;
    }
    if (typeof seg === "number") {
      parts.push(words.item({ list: "", n: seg + 1 }));
    } else {
      const name = fields[`${list}.${seg}`] ?? fields[seg] ?? seg;
      const keyed = name !== seg && (i === 0 || i === path.length - 1);
      parts.push(keyed ? `${name} (${seg})` : name);
    }
    node = child(node, seg);
  }
  return parts.join(words.separator);
}

/** A finding's params with the places it names (`paths`) put in words. */
export function paramsInWords(finding: Finding, data: unknown, lang: Lang): Finding["params"] {
  if (finding.paths === undefined) return finding.params;
  const params: Record<string, string | number> = { ...finding.params };
  for (const [name, path] of Object.entries(finding.paths)) params[name] = pathInWords(path, data, lang);
  return params;
}
