import { describe, expect, it } from "vitest";
import type { Agreement } from "../../../src/core/model/agreement.js";
import type { DueReview } from "../../../src/core/schedule/due.js";
import { dueReviews } from "../../../src/core/schedule/due.js";
import { checkExitCode, reviewReport } from "../../../src/core/schedule/review-report.js";
import type { Diagnostic } from "../../../src/core/validation/diagnostic.js";

const agreement = (
  id: string,
  signed: string,
  extra: Partial<Agreement> = {},
): { file: string; agreement: Agreement; reviewAt: { line: number; column: number } } => ({
  file: `agreements/${id}.yaml`,
  agreement: {
    id,
    title: { vi: `Thỏa thuận ${id}`, en: `Agreement ${id}` },
    kind: "mou",
    signed,
    parties: [{ id: "a", name: "A" }],
    review: { every: "P1Y" },
    ...extra,
  },
  reviewAt: { line: 12, column: 1 },
});

const files = [
  agreement("b-late", "2023-06-01"),
  agreement("a-late", "2023-06-01"),
  agreement("soon", "2024-02-01"),
  agreement("later", "2024-06-01", { review: { every: "P2Y" } }),
  agreement("no-rule", "2024-06-01", { review: undefined }),
];

describe("due reviews", () => {
  it("sorts by due date, then agreement id, and titles in the chosen language", () => {
    const reviews = dueReviews(files, { asOf: "2025-01-01", lang: "en" });
    expect(reviews.map((r) => [r.agreement, r.due, r.state])).toEqual([
      ["a-late", "2024-06-01", "overdue"],
      ["b-late", "2024-06-01", "overdue"],
      ["soon", "2025-02-01", "due-soon"],
      ["later", "2026-06-01", "scheduled"],
    ]);
    expect(reviews[0]?.title).toBe("Agreement a-late");
  });

  it("filters by --within (overdue included) and --state", () => {
    const within = (days: number) =>
      dueReviews(files, { asOf: "2025-01-01", lang: "vi", within: { years: 0, months: 0, weeks: 0, days } }).map(
        (r) => r.agreement,
      );
    expect(within(30)).toEqual(["a-late", "b-late"]);
    expect(within(31)).toEqual(["a-late", "b-late", "soon"]);
    expect(dueReviews(files, { asOf: "2025-01-01", lang: "vi", state: "scheduled" }).map((r) => r.agreement)).toEqual([
      "later",
    ]);
  });

  it("uses the configured remind when the agreement has none", () => {
    expect(
      dueReviews(files, { asOf: "2025-01-01", lang: "vi", remind: "P30D" }).find((r) => r.agreement === "soon")?.state,
    ).toBe("scheduled");
  });
});

describe("check", () => {
  it("turns overdue, due-soon and missed reviews into diagnostics on the review: key", () => {
    const missed = agreement("missed", "2020-01-01", { reviews: [{ date: "2022-01-05", covers: 2 }] });
    const { diagnostics } = reviewReport([missed, files[2]!], { asOf: "2025-01-01", lang: "en" });
    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.code, d.message])).toEqual([
      ["agreements/missed.yaml", 12, "warning", "review/missed", "scheduled review no. 1 never held"],
      ["agreements/missed.yaml", 12, "error", "review/overdue", "review no. 3 was due on 2023-01-01, 731 days ago"],
      ["agreements/soon.yaml", 12, "warning", "review/due-soon", "review no. 1 is due on 2025-02-01, in 31 days"],
    ]);
  });

  it("fails on validation errors, or on a review at the --fail-on state or worse", () => {
    const review = (state: DueReview["state"]) => ({ state }) as DueReview;
    const error = { severity: "error" } as Diagnostic;
    const warning = { severity: "warning" } as Diagnostic;
    expect(checkExitCode([], [review("scheduled")], "overdue")).toBe(0);
    expect(checkExitCode([warning], [review("due-soon")], "overdue")).toBe(0);
    expect(checkExitCode([], [review("overdue")], "overdue")).toBe(1);
    expect(checkExitCode([], [review("due-soon")], "due-soon")).toBe(1);
    expect(checkExitCode([], [review("overdue")], "due-soon")).toBe(1);
    expect(checkExitCode([error], [], "overdue")).toBe(1);
  });
});
