/** What several commands say alike. */
export const common = {
  unknownAgreement: (p: { id: string; hint: string }) => `no agreement “${p.id}”${p.hint}`,
  /** "2 years 6 months": a duration's parts as people say them. */
  duration: (p: { years: number; months: number; weeks: number; days: number }) =>
    (
      [
        [p.years, "year"],
        [p.months, "month"],
        [p.weeks, "week"],
        [p.days, "day"],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, unit]) => `${n} ${unit}${n === 1 ? "" : "s"}`)
      .join(" "),
  invalidAgreement: (p: { id: string; file: string }) =>
    `mou: the agreement “${p.id}” (${p.file}) has errors and cannot be used until they are fixed (above)`,
  didYouMean: (p: { suggestion: string }) => `; did you mean “${p.suggestion}”?`,
  skipped: (p: { count: number }) =>
    `mou: skipped ${p.count} invalid ${p.count === 1 ? "file" : "files"}; run mou validate for details`,
  nothingToChange: "nothing to change: give --status, --due, --note or --actual",
  threadStopped: (p: { code: number }) => `a worker thread stopped before it had finished (exit code ${p.code})`,
  internalError: (p: { message: string; debug: boolean }) =>
    `internal error: ${p.message}${p.debug ? "" : " (run with --debug for details)"}`,
  severity: { error: "error", warning: "warning" },
  summaryClean: (p: { files: number }) => `✔ ${p.files} ${p.files === 1 ? "file" : "files"} checked: no problems`,
  summary: (p: { errors: number; warnings: number; files: number }) =>
    `${p.errors} ${p.errors === 1 ? "error" : "errors"}, ${p.warnings} ${p.warnings === 1 ? "warning" : "warnings"} ` +
    `in ${p.files} ${p.files === 1 ? "file" : "files"} checked`,
  reviewCounts: (p: { overdue: string; dueSoon: string; scheduled: string; asOf: string }) =>
    `Reviews: ${p.overdue}, ${p.dueSoon}, ${p.scheduled} (${p.asOf})`,
};
