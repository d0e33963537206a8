import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type PDFDocument from "pdfkit";
import { packageRoot } from "../../load/package-root.js";
import { documentCovered } from "./coverage.js";

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
  if (covered === undefined) {
    const path = join(packageRoot(), "dist", "fonts", "coverage.json");
    covered = existsSync(path) ? bitsOf(JSON.parse(readFileSync(path, "utf8")).ranges) : null;
  }
  return covered;
}

function bitsOf(ranges: [number, number][]): Uint8Array {
  const bits = new Uint8Array(0x10000 / 8);
  for (const [from, to] of ranges) for (let cp = from; cp <= to && cp < 0x10000; cp++) bits[cp >> 3]! |= 1 << (cp & 7);
  return bits;
}

/**
 * The font set for a document: the subset if it has every character the document draws; `full` asks for
 * the full faces whatever the text (to compare the two).
 */
export function fontSetFor(parts: Parameters<typeof documentCovered>[0], wanted: "auto" | "full" = "auto"): FontSet {
  const bits = wanted === "full" ? null : coverage();
  if (bits === null || !documentCovered(parts, bits)) return full;
  const folder = join(packageRoot(), "dist", "fonts");
  return { kind: "subset", file: (face) => join(folder, `Tinos-${face}.ttf`) };
}

export function registerFonts(doc: Doc, fonts: FontSet): void {
  for (const face of Object.keys(faces) as FontName[]) doc.registerFont(face, fonts.file(face));
}

export const fontOf = (run: { bold: boolean; italic: boolean }): FontName =>
  run.bold ? (run.italic ? "bold-italic" : "bold") : run.italic ? "italic" : "regular";
