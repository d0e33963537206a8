import type { Lang } from "../../i18n/lang.js";
import type { AgreementFile } from "../model/agreement.js";
import type { FailOn } from "../model/enums.js";
import { numberRanges } from "../text/ranges.js";
import type { Diagnostic } from "../validation/diagnostic.js";
import { compareDiagnostics } from "../validation/diagnostic.js";
import { type Code, formatMessage, severityOf } from "../validation/messages.js";
import { type DueReview, dueReviews } from "./due.js";
import type { ReviewState } from "./schedule.js";

export interface ScheduledFile extends AgreementFile {
  /** Where the agreement's `review:` key is written. */
  reviewAt?: { line: number; column: number };
}

export interface ReviewReport {
  reviews: DueReview[];
  /** review/overdue, review/due-soon and review/missed, placed on each file's `review:` key. */
  diagnostics: Diagnostic[];
}

/** The review states of valid agreements as diagnostics, for `mou check`. */
export function reviewReport(
  files: readonly ScheduledFile[],
  options: { asOf: string; lang: Lang; remind?: string },
): ReviewReport {
  const reviews = dueReviews(files, options);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const diagnostics: Diagnostic[] = [];
  const add = (review: DueReview, code: Code, params: Record<string, string | number>) => {
    const at = byFile.get(review.file)?.reviewAt ?? { line: 1, column: 1 };
    diagnostics.push({
      file: review.file,
      ...at,
      severity: severityOf(code),
      code,
      message: formatMessage(code, params, options.lang),
      path: "/review",
    });
  };
  for (const r of reviews) {
    if (r.state === "overdue") add(r, "review/overdue", { number: r.number, due: r.due, ago: -r.days });
    if (r.state === "due-soon") add(r, "review/due-soon", { number: r.number, due: r.due, days: r.days });
    if (r.missed.length > 0) add(r, "review/missed", { numbers: numberRanges(r.missed) });
  }
  return { reviews, diagnostics: diagnostics.sort(compareDiagnostics) };
}

export type { FailOn } from "../model/enums.js";

const rank: Record<ReviewState, number> = { scheduled: 0, "due-soon": 1, overdue: 2 };

/** 1 when validation found errors or a review is at the --fail-on state or worse; else 0. */
export function checkExitCode(validation: readonly Diagnostic[], reviews: readonly DueReview[], failOn: FailOn): 0 | 1 {
  if (validation.some((d) => d.severity === "error")) return 1;
  return reviews.some((r) => rank[r.state] >= rank[failOn]) ? 1 : 0;
}
