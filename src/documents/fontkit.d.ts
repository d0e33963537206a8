// The part of fontkit (the font engine pdfkit uses; it ships no types) that measuring text needs.
declare module "fontkit" {
  interface Font {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
