// What the everyday commands (due, list, check, …) load at start and evaluate only when first called
// (scripts/bundle-deferred.mjs), measured on `mou due` with the bundled agreements:
// - string-width creates an Intl.Segmenter and compiles a regular expression of \p{RGI_Emoji} at import,
//   together some 40 ms of ICU work; mou calls it only for text that is not Latin or Vietnamese
//   (src/format/table/width.ts), which most runs never print.
import { deferredPlugin } from "./bundle-deferred.mjs";

const standIns = {
  "string-width": "export default function stringWidth(...args) { return load().default(...args); }",
};

export function startupPlugin() {
  return deferredPlugin("mou-startup", standIns);
}
