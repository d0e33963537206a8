export const MAX_ALIAS_EXPANSIONS = 100;
export const MAX_DEPTH = 64;

/** Nesting deeper than MAX_DEPTH levels, counting what aliases bring in. */
export class TooDeep extends Error {}
/** Aliases would copy more than MAX_ALIAS_EXPANSIONS nodes ("billion laughs"). */
export class AliasLimit extends Error {}
/** An alias inside the collection its anchor names (`&a [*a]`): the value would have no end. */
export class Circular extends Error {}

/** Strings only need NFC work when they hold something beyond Latin-1, where decomposed forms live. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
const MAYBE_NOT_NFC = /[^\u0000-\u02ff]/;
const nfc = (s: string): string => (MAYBE_NOT_NFC.test(s) ? s.normalize("NFC") : s);

interface Done {
  copy: unknown;
  /** Nodes in the value, and levels below it. */
  size: number;
  height: number;
}

/** normalize for a value without aliases, where no object can appear twice: a plain recursive copy. */
function copy(v: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (typeof v === "string") return nfc(v);
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copy(v[i], depth + 1);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const item = copy((v as Record<string, unknown>)[key], depth + 1);
    const name = nfc(key);
    if (name === "__proto__")
      Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
    else out[name] = item;
  }
  return out;
}

/**
 * The parser's value as plain data with every string (keys too) in Unicode NFC, so that "Nghệ" typed with
 * combining marks equals "Nghệ" typed precomposed. A `__proto__` key stays an ordinary own key, never a
 * prototype. The parser gives an alias the very object its anchor names; such a value is copied once and
 * shared, while the nodes it stands for are counted against MAX_ALIAS_EXPANSIONS, so the work is linear
 * in the text whatever the aliases multiply.
 * `aliases` false says the text has none: no object can then be reached twice, and a plain copy does.
 */
export function normalize(value: unknown, aliases = true): unknown {
  if (!aliases) return copy(value, 0);
  const done = new Map<object, Done>();
  const active = new Set<object>();
  let expanded = 0;

  const walk = (v: unknown, depth: number): Done => {
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (typeof v === "string") return { copy: nfc(v), size: 1, height: 0 };
    if (v === null || typeof v !== "object") return { copy: v, size: 1, height: 0 };
    const seen = done.get(v);
    if (seen) {
      expanded += seen.size;
      if (expanded > MAX_ALIAS_EXPANSIONS) throw new AliasLimit();
      if (depth + seen.height > MAX_DEPTH) throw new TooDeep();
      return seen;
    }
    if (active.has(v)) throw new Circular();
    active.add(v);
    let size = 1;
    let height = 0;
    let copy: unknown;
    if (Array.isArray(v)) {
      copy = v.map((item) => {
        const d = walk(item, depth + 1);
        size += d.size;
        height = Math.max(height, d.height + 1);
        return d.copy;
      });
    } else {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const d = walk((v as Record<string, unknown>)[key], depth + 1);
        size += d.size;
        height = Math.max(height, d.height + 1);
        const name = nfc(key);
        if (name === "__proto__")
          Object.defineProperty(out, name, { value: d.copy, enumerable: true, writable: true, configurable: true });
        else out[name] = d.copy;
      }
      copy = out;
    }
    active.delete(v);
    const result = { copy, size, height };
    done.set(v, result);
    return result;
  };
  return walk(value, 0).copy;
}
