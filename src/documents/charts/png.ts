import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { fontFile } from "../pdf/fonts.js";

const require = createRequire(import.meta.url);

let ready: Promise<Uint8Array[]> | undefined;

/** The renderer (WebAssembly, shipped by npm, nothing native) and the fonts, loaded once and only when needed. */
function load(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(await readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    return Promise.all(["400Regular", "700Bold"].map(async (name) => new Uint8Array(await readFile(fontFile(name)))));
  })();
  return ready;
}

/**
 * A chart's SVG as a PNG at twice its size in points (144 dpi), drawn with the same Tinos as the
 * PDF: the picture Word processors that cannot draw SVG show instead.
 */
export async function renderPng(svg: string): Promise<Uint8Array> {
  const fontBuffers = await load();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
    font: { fontBuffers, defaultFontFamily: "Tinos", serifFamily: "Tinos" },
  });
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
}
