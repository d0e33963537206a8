import type { LongText } from "./long-text.js";

/** About this many characters of items go out together. */
const PIECE = 1 << 16;

/**
 * `JSON.stringify({ ...head, [key]: items }, null, 2)` and a newline, handed to `write` a piece at a time:
 * the same text, but the items are written out one by one, so that a list of a hundred thousand never
 * becomes one string whole. `head` comes first, as in the object it stands for (whose names are not array
 * indices, which an object would list first); `shown` is what of each
 * item the list shows (all of it by default).
 */
export const jsonList =
  <T>(
    head: Record<string, unknown>,
    key: string,
    items: readonly T[],
    shown: (item: T) => unknown = (item) => item,
  ): LongText =>
  (write) => {
    const field = (name: string, value: string) => `  ${JSON.stringify(name)}: ${value}`;
    const nested = (value: unknown) => JSON.stringify(value, null, 2).replaceAll("\n", "\n  ");
    const fields = Object.entries(head)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${field(name, nested(value))},\n`);
    if (items.length === 0) {
      write(`{\n${fields.join("")}${field(key, "[]")}\n}\n`);
      return;
    }
    let piece = `{\n${fields.join("")}${field(key, "[")}\n`;
    for (const [i, item] of items.entries()) {
      const text = JSON.stringify(shown(item), null, 2).replaceAll("\n", "\n    ");
      piece += `    ${text}${i < items.length - 1 ? ",\n" : "\n"}`;
      if (piece.length >= PIECE) {
        write(piece);
        piece = "";
      }
    }
    write(`${piece}  ]\n}\n`);
  };
