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

const fonts = new Map<Face, ReturnType<typeof openSync>>();

/**
 * The width in points of `text` in Times New Roman at `size`, measured with Tinos, its metric twin: for
 * the Word layout (column widths, rules as long as their text, a date line that must fit one line).
 */
export function widthOf(text: string, face: Face, size: number): number {
  let font = fonts.get(face);
  if (font === undefined) {
    const name = files[face];
    font = openSync(require.resolve(`@expo-google-fonts/tinos/${name}/Tinos_${name}.ttf`));
    fonts.set(face, font);
  }
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}
