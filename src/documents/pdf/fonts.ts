import { createRequire } from "node:module";
import type PDFDocument from "pdfkit";

export type Doc = InstanceType<typeof PDFDocument>;

const require = createRequire(import.meta.url);

/** Tinos, the metric twin of Times New Roman, from the npm package that ships it (OFL). */
export const fontFile = (name: string): string => require.resolve(`@expo-google-fonts/tinos/${name}/Tinos_${name}.ttf`);

export type FontName = "regular" | "bold" | "italic" | "bold-italic";

export function registerFonts(doc: Doc): void {
  doc.registerFont("regular", fontFile("400Regular"));
  doc.registerFont("bold", fontFile("700Bold"));
  doc.registerFont("italic", fontFile("400Regular_Italic"));
  doc.registerFont("bold-italic", fontFile("700Bold_Italic"));
}

export const fontOf = (run: { bold: boolean; italic: boolean }): FontName =>
  run.bold ? (run.italic ? "bold-italic" : "bold") : run.italic ? "italic" : "regular";
