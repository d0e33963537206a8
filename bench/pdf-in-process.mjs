// Renders one agenda PDF in-process, to separate rendering from start-up. Bundles the renderer on the fly.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
// Inside the project, so that the external packages resolve from its node_modules.
const out = mkdtempSync(join(root, "bench", ".tmp-"));
await build({
  entryPoints: [join(root, "src/documents/pdf.ts")],
  outfile: join(out, "pdf.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  external: ["pdfkit", "marked", "@expo-google-fonts/*"],
  logLevel: "error",
  nodePaths: [join(root, "node_modules")],
});
const markdown = readFileSync(process.argv[2], "utf8");
const started = performance.now();
const { renderPdf } = await import(join(out, "pdf.mjs"));
const loaded = performance.now();
await renderPdf(markdown, { title: "t", subject: "s", lang: "vi-VN", date: "2025-07-24" });
const first = performance.now();
await renderPdf(markdown, { title: "t", subject: "s", lang: "vi-VN", date: "2025-07-24" });
const second = performance.now();
rmSync(out, { recursive: true, force: true });
console.log(
  JSON.stringify({ importMs: loaded - started, firstRenderMs: first - loaded, warmRenderMs: second - first }),
);
