import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportCharts } from "../../src/core/charts/report-charts.js";
import { agendaView } from "../../src/core/views/agenda.js";
import { reportView } from "../../src/core/views/report.js";
import { registry } from "../../src/data-units.js";
import { agendaDocument } from "../../src/documents/agenda.js";
import { renderAgendaMarkdown } from "../../src/documents/markdown.js";
import type { OfficialDocument } from "../../src/documents/model.js";
import { parseBody } from "../../src/documents/parse.js";
import { fontSetFor } from "../../src/documents/pdf/fonts.js";
import { renderPdf } from "../../src/documents/pdf/index.js";
import { plainFrame } from "../../src/documents/plain-frame.js";
import { renderReportMarkdown, reportDocument } from "../../src/documents/report.js";
import { checkFile } from "../../src/load/check.js";
import { root } from "../helpers.js";
import { needs } from "../tools.js";

const asOf = "2025-07-01";
const created = new Date(Date.UTC(2025, 6, 1));
const template = (name: string) => readFileSync(join(root, "templates", `${name}.vi.md.hbs`), "utf8");

function agreement(file: string, text?: string) {
  const bytes = text === undefined ? readFileSync(join(root, "agreements", file)) : Buffer.from(text);
  const { agreement } = checkFile(file, bytes, { asOf, lang: "vi" });
  if (agreement === undefined) throw new Error(`${file} does not load`);
  return agreement;
}

function agenda(file: string, text?: string): OfficialDocument {
  const view = agendaView(agreement(file, text), { asOf, lang: "vi", units: registry, date: "2025-08-15" });
  return agendaDocument(view, renderAgendaMarkdown(template("agenda"), view), created);
}

function report(file: string): OfficialDocument {
  const view = reportView(agreement(file), { asOf, lang: "vi", units: registry });
  const charts = reportCharts(view);
  return reportDocument(view, renderReportMarkdown(template("report"), view, charts), charts, created);
}

const fontsOf = (document: OfficialDocument) =>
  fontSetFor({
    frame: plainFrame(document.frame),
    body: parseBody(document.body, document.figures),
    figures: document.figures,
  }).kind;

/** Each page at 150 dpi as poppler draws it: the raw pixels of a PPM. */
function pages(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "mou-fonts-"));
  try {
    writeFileSync(join(dir, "doc.pdf"), pdf);
    const count = Number(
      /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(dir, "doc.pdf")], { encoding: "utf8" }))![1],
    );
    return Array.from({ length: count }, (_, i) => {
      const out = join(dir, `p${i + 1}`);
      execFileSync("pdftoppm", [
        "-r",
        "150",
        "-f",
        `${i + 1}`,
        "-l",
        `${i + 1}`,
        "-singlefile",
        join(dir, "doc.pdf"),
        out,
      ]);
      return readFileSync(`${out}.ppm`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const withPartner = (name: string) =>
  readFileSync(join(root, "agreements", "nghe-an-quang-ngai-2023.yaml"), "utf8").replace(
    /^parties:\n/m,
    `parties:\n  - {id: doi-tac, name: "${name}", type: organisation}\n`,
  );

describe("the fonts of a PDF", () => {
  it("are the build-time subset for every bundled agenda and report", () => {
    for (const file of ["nghe-an-quang-ngai-2023.yaml", "ba-ria-vung-tau-pbeg-2018.yaml"]) {
      expect(fontsOf(agenda(file)), file).toBe("subset");
      expect(fontsOf(report(file)), file).toBe("subset");
    }
  });

  it("are the full faces when a text holds a letter outside the subset, and the letter is drawn", async (context) => {
    needs(context, "pdftotext");
    const document = agenda("nghe-an-quang-ngai-2023.yaml", withPartner("Ульяновская область (Nga)"));
    expect(fontsOf(document)).toBe("full");
    const dir = mkdtempSync(join(tmpdir(), "mou-fonts-"));
    try {
      writeFileSync(join(dir, "doc.pdf"), await renderPdf(document));
      // pdftotext finds the letters through the font's map from glyphs to text, which a missing glyph
      // (.notdef) would not have.
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "doc.pdf"), "-"], { encoding: "utf8" });
      expect(text).toContain("Ульяновская область");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("draw the same pages as the full faces, pixel for pixel at 150 dpi", async (context) => {
    needs(context, "pdftoppm", "pdfinfo");
    for (const document of [agenda("nghe-an-quang-ngai-2023.yaml"), report("nghe-an-quang-ngai-2023.yaml")]) {
      const subset = pages(await renderPdf(document));
      const full = pages(await renderPdf(document, { fonts: "full" }));
      expect(subset.length).toBe(full.length);
      for (const [i, page] of subset.entries()) expect(page.equals(full[i]!), `page ${i + 1}`).toBe(true);
    }
  });
});
