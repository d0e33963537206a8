// Renders one agenda PDF in-process, to separate rendering from start-up: bundles the document pipeline on
// the fly, then times loading it, a first render (fonts parsed) and a warm one.

import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { pdfkitPlugin } from "../scripts/bundle-pdfkit.mjs";

const root = new URL("..", import.meta.url).pathname;
// Inside the project, so that the external packages resolve from its node_modules.
const out = mkdtempSync(join(root, "bench", ".tmp-"));
await build({
  stdin: {
    contents: `
      import { readFileSync } from "node:fs";
      import { checkFile } from "./src/load/check.ts";
      import { agendaView } from "./src/core/views/agenda.ts";
      import { registry } from "./src/data-units.ts";
      import { renderAgendaMarkdown } from "./src/documents/markdown.ts";
      import { agendaDocument } from "./src/documents/agenda.ts";
      export { renderPdf } from "./src/documents/pdf/index.ts";
      export function document() {
        const file = "agreements/nghe-an-quang-ngai-2023.yaml";
        const { agreement } = checkFile(file, readFileSync(file), { asOf: "2025-07-01", lang: "vi" });
        const view = agendaView(agreement, { asOf: "2025-07-01", lang: "vi", units: registry });
        const body = renderAgendaMarkdown(readFileSync("templates/agenda.vi.md.hbs", "utf8"), view);
        return agendaDocument(view, body, new Date(0));
      }`,
    resolveDir: root,
    loader: "ts",
  },
  outfile: join(out, "pdf.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  plugins: [pdfkitPlugin()],
  logLevel: "error",
  nodePaths: [join(root, "node_modules")],
  banner: { js: 'import { createRequire as __r } from "node:module"; const require = __r(import.meta.url);' },
});
const started = performance.now();
const { renderPdf, document } = await import(join(out, "pdf.mjs"));
const doc = document();
const loaded = performance.now();
await renderPdf(doc);
const first = performance.now();
await renderPdf(doc);
const second = performance.now();
rmSync(out, { recursive: true, force: true });
console.log(
  JSON.stringify({ importMs: loaded - started, firstRenderMs: first - loaded, warmRenderMs: second - first }),
);
