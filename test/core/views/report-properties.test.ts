import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { sceneOf } from "../../../src/core/charts/index.js";
import { reportCharts } from "../../../src/core/charts/report-charts.js";
import { groupings } from "../../../src/core/measures/groupings.js";
import { scorecard } from "../../../src/core/measures/scorecard.js";
import type { Agreement, Commitment, Indicator } from "../../../src/core/model/agreement.js";
import { checkAgreement } from "../../../src/core/validation/rules.js";
import { reportView } from "../../../src/core/views/report.js";
import { registry } from "../../../src/data-units.js";
import { renderSvg } from "../../../src/documents/charts/svg.js";
import { renderReportMarkdown } from "../../../src/documents/report.js";
import { root } from "../../helpers.js";

// Random results frameworks, valid by construction: goals whose parents come earlier in the list,
// indicators whose target lies the right way of the baseline, values measured before today.
const asOf = "2026-03-01";
const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const past = day.filter((d) => d <= asOf);
const value = fc.integer({ min: -500, max: 500 });

const indicator = (id: string): fc.Arbitrary<Indicator> =>
  fc
    .record({
      direction: fc.constantFrom("increase" as const, "decrease" as const),
      baseline: value,
      gap: fc.integer({ min: 0, max: 300 }),
      from: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
      span: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
      actuals: fc.uniqueArray(fc.record({ date: past, value }), { maxLength: 3, selector: (a) => a.date }),
      unit: fc.constantFrom("%", "suất", "tỷ đồng"),
    })
    .map(({ direction, baseline, gap, from, span, actuals, unit }) => {
      const base = from === undefined ? undefined : new Date(Date.UTC(2018, 0, 1) + from * 86_400_000);
      const date = base?.toISOString().slice(0, 10);
      const by =
        base && span !== undefined
          ? new Date(base.getTime() + span * 86_400_000).toISOString().slice(0, 10)
          : undefined;
      return {
        id,
        title: `Chỉ tiêu ${id}`,
        unit,
        direction,
        baseline: { value: baseline, ...(date ? { date } : {}) },
        target: { value: direction === "increase" ? baseline + gap : baseline - gap, ...(by ? { by } : {}) },
        actuals: actuals.filter((x) => date === undefined || x.date >= date),
      };
    });

const commitment = (i: number, goals: number): fc.Arbitrary<Commitment> =>
  fc
    .record({
      status: fc.constantFrom("not-started", "in-progress", "done", "stalled", "dropped"),
      due: fc.option(day, { nil: undefined }),
      goal: fc.option(fc.integer({ min: 1, max: Math.max(1, goals) }), { nil: undefined }),
      indicators: fc.array(fc.constantFrom("a", "b"), { maxLength: 2 }),
      lead: fc.subarray(["p", "q"]),
      sectors: fc.subarray(["kinh-te", "moi-truong"]),
    })
    .chain((c) =>
      fc.tuple(...[...new Set(c.indicators)].map(indicator)).map((indicators) => ({
        id: String(i + 1),
        title: `Nội dung ${i + 1}`,
        status: c.status,
        ...(c.due ? { due: c.due } : {}),
        ...(c.goal !== undefined && goals > 0 ? { goal: String(c.goal) } : {}),
        lead: c.lead.map((party) => ({ party })),
        sectors: c.sectors,
        indicators,
      })),
    );

const agreement: fc.Arbitrary<Agreement> = fc
  .record({
    goals: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 4 }),
    commitments: fc.integer({ min: 0, max: 6 }),
    rule: fc.constantFrom(undefined, "P1Y", "P6M"),
    reviews: fc.uniqueArray(past, { maxLength: 3 }),
  })
  .chain(({ goals, commitments, rule, reviews }) =>
    fc.tuple(...Array.from({ length: commitments }, (_, i) => commitment(i, goals.length))).map((list) => ({
      id: "x",
      title: "Thỏa thuận",
      kind: "cooperation-programme" as const,
      signed: "2018-01-01",
      parties: [
        { id: "p", name: "Tỉnh Nghệ An", type: "province" as const, unit: "40" },
        { id: "q", name: "Tỉnh Bà Rịa - Vũng Tàu", type: "province" as const, unit: "77" },
      ],
      ...(rule ? { review: { every: rule } } : {}),
      reviews: reviews.map((date) => ({ date })),
      goals: goals.map((parent, i) => ({
        id: String(i + 1),
        title: `Mục tiêu ${i + 1}`,
        ...(parent !== undefined && i > 0 ? { parent: String((parent % i) + 1) } : {}),
      })),
      commitments: list,
    })),
  );

const template = readFileSync(join(root, "templates", "report.vi.md.hbs"), "utf8");
const xml = new XMLParser();

describe("report and scorecard on random results frameworks", () => {
  it("never throw, draw within their charts and agree on every count", () => {
    let cases = 0;
    fc.assert(
      fc.property(agreement, (a) => {
        expect(
          checkAgreement(a, { stem: "x", fileName: "x.yaml", asOf }).filter(
            (f) => f.code !== "rule/commitment-overdue" && f.code !== "rule/unit-succeeded",
          ),
        ).toEqual([]);
        const view = reportView(a, { asOf, lang: "vi", units: registry });
        const [row] = scorecard([{ file: "x.yaml", agreement: a }], { asOf, lang: "vi", by: "agreement" }).rows;
        expect(view.tally).toEqual({ commitments: row!.commitments, indicators: row!.indicators });
        expect(view.statusRows.reduce((n, r) => n + r.count, 0)).toBe(view.tally.commitments.total);
        // Every point appears once in the report, under its goal or among the others.
        expect(view.sections.flatMap((s) => s.commitments.map((c) => c.id)).sort()).toEqual(
          (a.commitments ?? []).map((c) => String(c.id)).sort(),
        );
        for (const by of groupings) {
          const card = scorecard([{ file: "x.yaml", agreement: a }], { asOf, lang: "en", by, units: registry });
          expect(card.total.commitments).toEqual(row!.commitments);
        }
        const charts = reportCharts(view);
        for (const spec of Object.values(charts)) {
          const scene = sceneOf(spec);
          for (const s of scene.shapes) {
            const xs =
              s.kind === "line"
                ? [s.x1, s.x2]
                : s.kind === "circle"
                  ? [s.cx]
                  : s.kind === "polygon"
                    ? s.points.map((p) => p[0])
                    : [s.x];
            for (const x of xs) expect(Number.isFinite(x) && x >= -1 && x <= scene.width + 1).toBe(true);
          }
          expect(() => xml.parse(renderSvg(scene, spec.lines))).not.toThrow();
        }
        if (cases++ % 25 === 0) expect(renderReportMarkdown(template, view, charts)).toContain("# BÁO CÁO");
      }),
      { seed: 20260301, numRuns: 120 },
    );
  });
});
