import { detached } from "./detached.js";

/**
 * A pure function of a text, remembered: views name the same few places and agencies thousands of times.
 * Bounded: the memory is dropped whole when it holds `limit` texts, so hostile files that name a million
 * places cost time, not memory; and the texts are kept as copies (`detached`), never as slices that would
 * keep a whole file's text alive.
 */
export function remembered<T>(make: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = make(text);
    if (known.size >= limit) known.clear();
    known.set(detached(text), value);
    return value;
  };
}
