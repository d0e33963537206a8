// What a reader's browser loads from a site `mou site` wrote: the size of each kind of page, as written
// and as a static host sends it compressed (gzip), and the whole folder.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const kb = (n) => `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((f) => join(folder, f))
    .filter((f) => statSync(f).isFile());
}

/** Rows of [what, bytes, gzip bytes] for the overview, the commitments page, a median agreement page and the assets. */
export function siteWeights(folder) {
  const size = (path) => {
    const bytes = readFileSync(join(folder, path));
    return [bytes.length, gzipSync(bytes).length];
  };
  const agreements = readdirSync(join(folder, "agreements"))
    .map((f) => `agreements/${f}`)
    .sort((a, b) => statSync(join(folder, a)).size - statSync(join(folder, b)).size);
  const median = agreements[Math.floor(agreements.length / 2)];
  const all = filesUnder(folder);
  return {
    rows: [
      ["overview (index.html)", ...size("index.html")],
      ["commitments.html", ...size("commitments.html")],
      [`an agreement page (median of ${agreements.length})`, ...size(median)],
      ["assets/site.css", ...size("assets/site.css")],
      ["assets/site.js (the page script, no framework)", ...size("assets/site.js")],
    ],
    files: all.length,
    total: all.reduce((sum, f) => sum + statSync(f).size, 0),
  };
}

/** Two sites' weights side by side, as Markdown table rows (the pages are the same kinds, in order). */
export const weightRows = (first, second) =>
  first.rows.map(([what, bytes, gz], i) => {
    const [, bytes2, gz2] = second.rows[i];
    return `| ${what} | ${kb(bytes)} | ${kb(gz)} | ${kb(bytes2)} | ${kb(gz2)} |`;
  });

export const folderLine = (weights) => `${weights.files} files, ${kb(weights.total)} in all`;
