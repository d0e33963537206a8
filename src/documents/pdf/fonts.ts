import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type PDFDocument from "pdfkit";
import { packageRoot } from "../../load/package-root.js";

export type Doc = InstanceType<typeof PDFDocument>;

const require = createRequire(import.meta.url);

/** Tinos, the metric twin of Times New Roman, from the npm package that ships it (OFL). */
export const fontFile = (name: string): string => require.resolve(`@expo-google-fonts/tinos/${name}/Tinos_${name}.ttf`);

export type FontName = "regular" | "bold" | "italic" | "bold-italic";

const faces: Record<FontName, string> = {
  regular: "400Regular",
  bold: "700Bold",
  italic: "400Regular_Italic",
  "bold-italic": "700Bold_Italic",
};

/**
 * The fonts a PDF is drawn with: the faces cut at build time to the letters of Vietnamese and Latin text
 * (scripts/subset-fonts.mjs, in dist/fonts/, with the code points they have), or the full faces for a
 * document holding any other character (Greek, Cyrillic, …), or when the subset was not built.
 */
export interface FontSet {
  kind: "subset" | "full";
  file(face: FontName): string;
}

const full: FontSet = { kind: "full", file: (face) => fontFile(faces[face]) };

let covered: Uint8Array | null | undefined;

/** One bit per code point of the Basic Multilingual Plane that all four subset faces have; null if unbuilt. */
function coverage(): Uint8Array | null {
  if (covered !== undefined) return covered;
  const path = join(packageRoot(), "dist", "fonts", "coverage.json");
  if (!existsSync(path)) return (covered = null);
  const bits = new Uint8Array(0x10000 / 8);
  const { ranges } = JSON.parse(readFileSync(path, "utf8")) as { ranges: [number, number][] };
  for (const [from, to] of ranges) for (let cp = from; cp <= to && cp < 0x10000; cp++) bits[cp >> 3] |= 1 << (cp & 7);
  covered = bits;
  return bits;
}

/** Whether the subset faces have every character of every string inside `value` (objects, arrays). */
function allCovered(value: unknown, bits: Uint8Array): boolean {
  if (typeof value === "string") {
    for (let i = 0; i < value.length; i++) {
      const cp = value.charCodeAt(i);
      // A surrogate (a character beyond the BMP) is never in the subset.
      if ((bits[cp >> 3]! & (1 << (cp & 7))) === 0) return false;
    }
    return true;
  }
  if (Array.isArray(value)) return value.every((v) => allCovered(v, bits));
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value))
    return Object.values(value).every((v) => allCovered(v, bits));
  return true;
}

/** The font set for a document whose every drawn text is somewhere inside `texts`. */
export function fontSetFor(texts: unknown): FontSet {
  const bits = coverage();
  if (bits === null || !allCovered(texts, bits)) return full;
  const folder = join(packageRoot(), "dist", "fonts");
  return { kind: "subset", file: (face) => join(folder, `Tinos-${face}.ttf`) };
}

export function registerFonts(doc: Doc, fonts: FontSet): void {
  for (const face of Object.keys(faces) as FontName[]) doc.registerFont(face, fonts.file(face));
}

export const fontOf = (run: { bold: boolean; italic: boolean }): FontName =>
  run.bold ? (run.italic ? "bold-italic" : "bold") : run.italic ? "italic" : "regular";
