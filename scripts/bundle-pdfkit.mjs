// How esbuild bundles pdfkit into the chunk of the PDF path (scripts/build.mjs), so that making a PDF loads
// only what it needs. At start-up pdfkit and fontkit import modules mou never calls — Brotli with its
// dictionary (for WOFF2 fonts), AES tables (encryption), a PNG decoder — and inflate Unicode tables with
// a JavaScript inflater; resolving some twenty packages on disk costs time of its own.
// - pdfkit finds its data files (the sRGB profile of PDF/A, the metrics of the standard fonts) from its
//   own location: in the bundle, it is given the location of the installed package instead.
// - `@noble/ciphers/aes` and `png-js` are evaluated when first called, not at start (esbuild initialises
//   a bundled module on its first require).
// - `brotli/decompress.js`, half the size of the bundle, is left out: it decodes WOFF2 fonts only, and
//   mou embeds its own TrueType files.
// - `tiny-inflate` becomes Node's zlib, which inflates the same bytes natively.
import { readFile } from "node:fs/promises";
import { deferredPlugin } from "./bundle-deferred.mjs";

/** What each deferred module exports, as the importers use it, forwarded to the module on first call. */
const deferred = {
  "@noble/ciphers/aes": `export const cbc = (...args) => load().cbc(...args);
export const ecb = (...args) => load().ecb(...args);`,
  "png-js": "export default function PNG(...args) { return new (load().default ?? load())(...args); }",
};

const noBrotli = `export default () => {
  throw new Error("mou's PDF path reads TrueType fonts only: the WOFF2 decoder is not bundled");
};`;

// CommonJS, as tiny-inflate is: unicode-trie requires it.
const inflate = `const { inflateRawSync } = require("node:zlib");
// tiny-inflate's contract: inflate raw DEFLATE data into dest; return dest, or the part of it filled.
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  dest.set(out.subarray(0, dest.length));
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};`;

export function pdfkitPlugin() {
  const deferring = deferredPlugin("mou-deferred", deferred);
  return {
    name: "mou-pdfkit",
    setup(build) {
      deferring.setup(build);
      build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
        const code = await readFile(args.path, "utf8");
        if (!code.includes("import.meta.url")) throw new Error("pdfkit no longer finds its files by import.meta.url");
        const here =
          'import { createRequire as __mouRequire } from "node:module";\n' +
          'import { pathToFileURL as __mouFileUrl } from "node:url";\n' +
          'const __mouPdfkit = __mouFileUrl(__mouRequire(import.meta.url).resolve("pdfkit")).href;\n';
        return { contents: here + code.replaceAll("import.meta.url", "__mouPdfkit"), loader: "js" };
      });
      build.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: "brotli", namespace: "mou-brotli" }));
      build.onLoad({ filter: /.*/, namespace: "mou-brotli" }, () => ({ contents: noBrotli, loader: "js" }));
      build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: "tiny-inflate", namespace: "mou-inflate" }));
      build.onLoad({ filter: /.*/, namespace: "mou-inflate" }, () => ({ contents: inflate, loader: "js" }));
    },
  };
}
