export const MAX_ALIAS_EXPANSIONS = 100;
export const MAX_DEPTH = 64;

/** Nesting deeper than MAX_DEPTH levels, counting what aliases bring in. */
export class TooDeep extends Error {}
/** Aliases would copy more than MAX_ALIAS_EXPANSIONS nodes ("billion laughs"). */
export class AliasLimit extends Error {}
/** An alias inside the collection its anchor names (`&a [*a]`): the value would have no end. */
export class Circular extends Error {}

/**
 * Strings only need NFC work when they hold something else than Latin letters (Vietnamese's precomposed
 * letters with two marks among them, U+1E00–U+1EFF) and common punctuation: none of those changes under
 * NFC or composes with the letter before it, while combining marks (from U+0300) and the rest may.
 * test/load/nfc.test.ts holds the set to that, character by character.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
export const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]/;
const nfc = (s: string): string => (MAYBE_NOT_NFC.test(s) ? s.normalize("NFC") : s);

/** An own, enumerable property, even for `__proto__`, which must never become a prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** What normalizing one collection found: how many nodes it holds and how deep it goes. */
interface Size {
  nodes: number;
  height: number;
}

/**
 * The parser's value made plain data with every string (keys too) in Unicode NFC, so that "Nghệ" typed
 * with combining marks equals "Nghệ" typed precomposed. The parser's own objects are reused, changed in
 * place, so a large file is not held twice. A `__proto__` key stays an ordinary own key, never a
 * prototype.
 *
 * The parser gives an alias the very object its anchor names. Such an object is normalized once and
 * stays shared, while the nodes it stands for are counted against MAX_ALIAS_EXPANSIONS — so the work is
 * linear in the text, whatever the aliases would multiply. `aliases` false says the text has none, and
 * saves the bookkeeping.
 */
export function normalize(value: unknown, aliases = true): unknown {
  const done = aliases ? new Map<object, Size & { result: unknown }>() : undefined;
  const active = new Set<object>();
  let expanded = 0;

  const walk = (v: unknown, depth: number, size: Size): unknown => {
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (typeof v === "string") return nfc(v);
    if (v === null || typeof v !== "object") return v;
    const seen = done?.get(v);
    if (seen) {
      expanded += seen.nodes;
      if (expanded > MAX_ALIAS_EXPANSIONS) throw new AliasLimit();
      if (depth + seen.height > MAX_DEPTH) throw new TooDeep();
      size.nodes += seen.nodes;
      size.height = Math.max(size.height, seen.height + 1);
      return seen.result;
    }
    if (active.has(v)) throw new Circular();
    if (done) active.add(v);
    const own: Size = { nodes: 1, height: 0 };
    let result: unknown = v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i], depth + 1, own);
    } else {
      const object = v as Record<string, unknown>;
      const keys = Object.keys(object);
      // A key written in decomposed form must change; then the object is rebuilt, to keep the key order.
      const renamed = keys.some((key) => nfc(key) !== key);
      const out: Record<string, unknown> = renamed ? {} : object;
      for (const key of keys) {
        const item = walk(object[key], depth + 1, own);
        if (renamed) setOwn(out, nfc(key), item);
        else if (item !== object[key]) setOwn(object, key, item);
      }
      result = out;
    }
    if (done) {
      active.delete(v);
      done.set(v, { ...own, result });
    }
    size.nodes += own.nodes;
    size.height = Math.max(size.height, own.height + 1);
    return result;
  };
  return walk(value, 0, { nodes: 0, height: 0 });
}
