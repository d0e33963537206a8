/**
 * The refusals of `mou import` that concern a cell, a row or an agreement file: each has a stable code,
 * and any of them means exit 1 with nothing written. (A file that is not a workbook made by `mou export`
 * is a usage error instead: exit 2.)
 */
export const problemCodes = [
  "import/missing-column",
  "import/unknown-key",
  "import/not-applicable",
  "import/unknown-status",
  "import/bad-date",
  "import/date-after-today",
  "import/date-before-start",
  "import/not-a-number",
  "import/out-of-range",
  "import/needs-value",
  "import/cell-error",
  "import/control-character",
  "import/too-long",
  "import/conflicting-rows",
  "import/file-changed",
  "import/invalid-result",
  "import/cannot-apply",
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export interface ImportProblem {
  /** A cell (Sheet!H12), a sheet's header row (Sheet!1:1) or an agreement file. */
  at: string;
  code: ProblemCode;
  message: string;
}
