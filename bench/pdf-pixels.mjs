// Compares two PDFs page by page as poppler draws them at 150 dpi: `node bench/pdf-pixels.mjs a.pdf b.pdf
// [first] [last]`. Each page of both is rendered (pdftoppm, one page at a time), and the pixels compared;
// for a page that differs it prints how many pixels and where. Exit 0 when every page is identical.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [a, b, first, last] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node bench/pdf-pixels.mjs a.pdf b.pdf [first page] [last page]");
  process.exit(2);
}
const pagesOf = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
const count = pagesOf(a);
if (count !== pagesOf(b)) {
  console.log(`${a} has ${count} pages, ${b} ${pagesOf(b)}`);
  process.exit(1);
}

/** One page as a binary PPM: width, height and the RGB bytes. */
function render(file, page, dir) {
  const out = join(dir, "page");
  execFileSync("pdftoppm", ["-r", "150", "-f", String(page), "-l", String(page), "-singlefile", file, out]);
  const data = readFileSync(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"));
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

const dir = mkdtempSync(join(tmpdir(), "mou-pixels-"));
let differing = 0;
try {
  const from = Number(first ?? 1);
  const to = Math.min(Number(last ?? count), count);
  for (let page = from; page <= to; page++) {
    const x = render(a, page, dir);
    const y = render(b, page, dir);
    if (x.width !== y.width || x.height !== y.height) {
      console.log(`page ${page}: ${x.width}×${x.height} against ${y.width}×${y.height}`);
      differing++;
      continue;
    }
    let pixels = 0;
    const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
    for (let i = 0; i < x.pixels.length; i += 3) {
      if (x.pixels[i] === y.pixels[i] && x.pixels[i + 1] === y.pixels[i + 1] && x.pixels[i + 2] === y.pixels[i + 2])
        continue;
      pixels++;
      const p = i / 3;
      const col = p % x.width;
      const row = Math.floor(p / x.width);
      box.left = Math.min(box.left, col);
      box.right = Math.max(box.right, col);
      box.top = Math.min(box.top, row);
      box.bottom = Math.max(box.bottom, row);
    }
    if (pixels > 0) {
      differing++;
      console.log(`page ${page}: ${pixels} pixels differ, in (${box.left},${box.top})–(${box.right},${box.bottom})`);
    }
  }
  console.log(`${to - from + 1} pages compared at 150 dpi: ${differing === 0 ? "identical" : `${differing} differ`}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(differing === 0 ? 0 : 1);
