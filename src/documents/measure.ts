import { createRequire } from "node:module";
import { openSync } from "fontkit";

const require = createRequire(import.meta.url);
const files = {
  regular: "400Regular",
  bold: "700Bold",
  italic: "400Regular_Italic",
  "bold-italic": "700Bold_Italic",
} as const;
export type Face = keyof typeof files;

const advances = new Map<Face, { font: ReturnType<typeof openSync>; em: Map<number, number> }>();

/**
 * The width in points of `text` in Times New Roman at `size`, measured with Tinos, its metric twin, as
 * the sum of its letters' advances (cached per letter; no kerning): for the Word layout (column widths,
 * rules as long as their text, a date line that must fit one line).
 */
export function widthOf(text: string, face: Face, size: number): number {
  let entry = advances.get(face);
  if (entry === undefined) {
    const name = files[face];
    entry = { font: openSync(require.resolve(`@expo-google-fonts/tinos/${name}/Tinos_${name}.ttf`)), em: new Map() };
    advances.set(face, entry);
  }
  let sum = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let a = entry.em.get(cp);
    if (a === undefined) {
      a = entry.font.glyphForCodePoint(cp).advanceWidth / entry.font.unitsPerEm;
      entry.em.set(cp, a);
    }
    sum += a;
  }
  return sum * size;
}
