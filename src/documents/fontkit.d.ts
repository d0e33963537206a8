// The part of fontkit (the font engine pdfkit uses; it ships no types) that measuring text needs.
declare module "fontkit" {
  interface Font {
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
