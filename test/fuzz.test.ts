import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sceneOf } from "../src/core/charts/index.js";
import { reportCharts } from "../src/core/charts/report-charts.js";
import { scorecard } from "../src/core/measures/scorecard.js";
import { dueReviews } from "../src/core/schedule/due.js";
import { reviewReport } from "../src/core/schedule/review-report.js";
import { agendaView } from "../src/core/views/agenda.js";
import { commitmentRows } from "../src/core/views/commitments.js";
import { agreementRows } from "../src/core/views/list.js";
import { reportView } from "../src/core/views/report.js";
import { agreementView } from "../src/core/views/show.js";
import { registry } from "../src/data-units.js";
import { renderMermaid } from "../src/documents/charts/mermaid.js";
import { renderSvg } from "../src/documents/charts/svg.js";
import { renderAgendaMarkdown } from "../src/documents/markdown.js";
import { renderReportMarkdown } from "../src/documents/report.js";
import { checkFile } from "../src/load/check.js";
import { fuzzRuns, root } from "./helpers.js";
import { mutations } from "./mutations.js";

// Seeded, so a failure reproduces, and bounded by count, never by time: 2,000 cases per target on every
// run; `npm run fuzz` runs many more.
const RUNS = fuzzRuns(2000);
const seeds = { mutate: 20251122, schedule: 7 };
const base = readFileSync(join(root, "agreements", "nghe-an-quang-ngai-2023.yaml"));
const other = readFileSync(join(root, "agreements", "ba-ria-vung-tau-pbeg-2018.yaml"));
const template = readFileSync(join(root, "templates", "agenda.vi.md.hbs"), "utf8");
const reportTemplate = readFileSync(join(root, "templates", "report.vi.md.hbs"), "utf8");

describe("fuzzing", { timeout: 120_000 }, () => {
  it("the validator and every read view: never throw, and give a valid agreement or a placed diagnostic", () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.boolean(), mutations, (first, damage) => {
        const bytes = damage(first ? base : other);
        const result = checkFile("agreements/x.yaml", bytes, { asOf: "2026-01-01", lang: "vi" });
        const errors = result.diagnostics.filter((d) => d.severity === "error");
        if (result.agreement === undefined) {
          expect(errors.length).toBeGreaterThan(0);
        } else {
          expect(errors).toEqual([]);
          const files = [{ file: "agreements/x.yaml", agreement: result.agreement }];
          dueReviews(files, { asOf: "2026-01-01", lang: "vi" });
          agreementRows(files, { asOf: "2026-01-01", lang: "en" });
          commitmentRows(files, { asOf: "2026-01-01", lang: "vi", filter: { search: "do thi" } });
          reviewReport(files, { asOf: "2026-01-01", lang: "vi" });
          agreementView("agreements/x.yaml", result.agreement, { asOf: "2026-01-01", lang: "vi" });
          try {
            renderAgendaMarkdown(
              template,
              agendaView(result.agreement, { asOf: "2026-01-01", lang: "vi", date: "2026-01-02" }),
            );
          } catch (error) {
            expect((error as Error).constructor.name).toBe("AgendaError");
          }
          for (const by of ["agreement", "unit"] as const)
            scorecard(files, { asOf: "2026-01-01", lang: "vi", by, units: registry });
          const report = reportView(result.agreement, { asOf: "2026-01-01", lang: "vi", units: registry });
          const charts = reportCharts(report);
          for (const spec of Object.values(charts)) {
            renderSvg(sceneOf(spec), spec.lines);
            renderMermaid(spec);
          }
          // Compiling the template is the slow part; every twentieth case renders the whole report.
          if (cases++ % 20 === 0) renderReportMarkdown(reportTemplate, report, charts);
        }
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { seed: seeds.mutate, numRuns: RUNS },
    );
  });

  it("the schedule core: random agreements and dates never throw and keep their invariants", () => {
    const date = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    const duration = fc.constantFrom("P1Y", "P2Y", "P6M", "P1M", "P4W", "P90D", "P1Y6M", "P3M10D", "P1D");
    fc.assert(
      fc.property(
        date,
        duration,
        fc.option(duration, { nil: undefined }),
        fc.boolean(),
        fc.array(
          fc.record({
            date,
            extra: fc.boolean(),
            covers: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
          }),
          { maxLength: 6 },
        ),
        date,
        fc.constantFrom("active", "suspended", undefined),
        fc.option(date, { nil: undefined }),
        (signed, every, remind, rolling, held, asOf, status, expires) => {
          const agreement = {
            id: "x",
            title: "T",
            kind: "mou" as const,
            signed,
            parties: [{ id: "a", name: "A" }] as [{ id: string; name: string }],
            ...(status ? { status } : {}),
            ...(expires ? { expires } : {}),
            review: { every, ...(remind ? { remind } : {}), ...(rolling ? { from: "last-review" as const } : {}) },
            reviews: held.map((h) => ({
              date: h.date,
              ...(h.extra ? { kind: "extra" as const } : {}),
              ...(h.covers ? { covers: h.covers } : {}),
            })),
          };
          const [review] = dueReviews([{ file: "x.yaml", agreement }], { asOf, lang: "en" });
          if (review === undefined) return;
          expect(review.number).toBeGreaterThanOrEqual(1);
          expect(["overdue", "due-soon", "scheduled"]).toContain(review.state);
          expect(review.state === "overdue").toBe(review.days < 0);
          for (const m of review.missed) expect(m).toBeLessThan(review.number);
          if (expires !== undefined) expect(review.due <= expires).toBe(true);
          const counted = agreement.reviews
            .filter((r) => r.kind !== "extra")
            .map((r) => r.date)
            .sort();
          if (rolling && counted.length > 0) expect(review.due > counted.at(-1)!).toBe(true);
        },
      ),
      { seed: seeds.schedule, numRuns: RUNS },
    );
  });
});
