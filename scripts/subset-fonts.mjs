// Cuts the four Tinos faces down, at build time, to the letters Vietnamese and Latin text needs, so that
// the PDF path parses and subsets a font of ~1,000 glyphs instead of 3,209 (docs/documents.md, "Fonts").
// harfbuzz's hb-subset (the `subset-font` package, WebAssembly) keeps the outlines, the hinting and the
// OpenType layout tables (GPOS kerning and mark positioning, GSUB) of what it keeps; glyph names go.
// Writes dist/fonts/Tinos-<face>.ttf and dist/fonts/coverage.json, the code points all four faces have.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

/** The faces, by the file name of the Google Fonts package that ships them (OFL). */
export const faces = {
  regular: "400Regular",
  bold: "700Bold",
  italic: "400Regular_Italic",
  "bold-italic": "700Bold_Italic",
};

/**
 * What the subset keeps, as inclusive ranges of code points (only those the font has are kept): every
 * Latin letter with its diacritics — all precomposed Vietnamese letters among them (Latin Extended
 * Additional) — the combining marks for decomposed text, punctuation, currency (₫, €), letterlike
 * symbols (№), arrows, mathematical operators and geometric shapes. Greek, Cyrillic, Hebrew and the rest
 * of Tinos stay in the full font, which a document containing them is drawn with.
 */
export const ranges = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1 Supplement
  [0x100, 0x24f], // Latin Extended-A and -B (Ă Đ Ĩ Ũ Ơ Ư)
  [0x2b0, 0x2ff], // spacing modifier letters (ʼ ˆ ˜)
  [0x300, 0x36f], // combining diacritical marks
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ ả ấ … ỹ)
  [0x2000, 0x206f], // general punctuation (– — ‘ ’ “ ” • … ‰, the spaces, the zero-width space)
  [0x2070, 0x209f], // superscripts and subscripts
  [0x20a0, 0x20cf], // currency (₫ €)
  [0x2100, 0x214f], // letterlike symbols (№ ™ ℃)
  [0x2150, 0x218f], // number forms (½ ⅓ Ⅰ Ⅱ)
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators (− ≤ ≥ ≈ ≠)
  [0x25a0, 0x25ff], // geometric shapes (■ □ ● ○)
  [0xfb00, 0xfb06], // Latin ligatures (ﬁ ﬂ)
  [0xfffd, 0xfffd], // the replacement character, which control characters in the data become
];

/** The code points of `ranges` as one string, the form subset-font takes. */
function wanted() {
  let text = "";
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  return text;
}

/** Inclusive ranges of a sorted list of code points. */
function toRanges(points) {
  const out = [];
  for (const cp of points) {
    const last = out.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

/** Writes the subset faces and their common coverage into `folder`. */
export async function subsetFonts(folder) {
  const { default: subsetFont } = await import("subset-font");
  const fontkit = require("fontkit");
  await mkdir(folder, { recursive: true });
  const text = wanted();
  let common;
  for (const [face, file] of Object.entries(faces)) {
    const full = await readFile(require.resolve(`@expo-google-fonts/tinos/${file}/Tinos_${file}.ttf`));
    const subset = await subsetFont(full, text, { targetFormat: "truetype" });
    await writeFile(join(folder, `Tinos-${face}.ttf`), subset);
    const has = new Set(fontkit.create(subset).characterSet);
    common = common === undefined ? has : new Set([...common].filter((cp) => has.has(cp)));
  }
  const coverage = { ranges: toRanges([...common].sort((a, b) => a - b)) };
  await writeFile(join(folder, "coverage.json"), `${JSON.stringify(coverage)}\n`);
  return coverage;
}
