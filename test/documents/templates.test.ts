import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { renderTemplate } from "../../src/documents/markdown.js";
import precompiled from "../../src/generated/templates.cjs";
import { root } from "../helpers.js";

// The bundled templates are compiled when mou is built; a template read at run time that is one of them is
// not compiled again. Every one must be there, and must render exactly as compiling it afresh would.
const folder = join(root, "templates");
const bundled = readdirSync(folder).filter((f) => f.endsWith(".md.hbs"));

describe("the templates compiled at build time", () => {
  it("hold every bundled template under its exact text", () => {
    expect(bundled.length).toBeGreaterThanOrEqual(4);
    for (const name of bundled) expect(precompiled.has(readFileSync(join(folder, name), "utf8")), name).toBe(true);
    expect(precompiled.size).toBe(bundled.length);
  });

  it("render as the same template compiled at run time", () => {
    const view = {
      lang: "vi" as const,
      title: "Chương trình hợp tác <phát triển>",
      review: { number: 2, every: "3 năm" },
      parties: [{ name: "Tỉnh Nghệ An", representatives: ["A", "B"] }],
      commitments: [{ number: 1, title: "Quy hoạch", lead: "Sở Xây dựng", status: "in-progress" }],
    };
    for (const name of bundled) {
      const text = readFileSync(join(folder, name), "utf8");
      // A trailing newline makes a text no precompiled template has: it is compiled afresh.
      const helpers = { chart: (chart: unknown) => `[${String(chart)}]` };
      const fresh = renderTemplate(`${text}\n`, view, helpers);
      expect(fresh.length).toBeGreaterThan(200);
      expect(`${renderTemplate(text, view, helpers)}\n`, name).toBe(fresh);
    }
  });

  it("were compiled by the Handlebars that renders them", () => {
    const { COMPILER_REVISION } = Handlebars as unknown as { COMPILER_REVISION: number };
    expect(COMPILER_REVISION).toBeGreaterThan(0);
    for (const spec of precompiled.values())
      expect((spec as { compiler: [number, string] }).compiler[0]).toBe(COMPILER_REVISION);
  });
});
