/** Values a diagnostic carries into its message. */
type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; did you mean ${q(p.suggestion)}?`);

/** Indicators, goals and their progress: labels, and the diagnostics of the results framework. */
export const measures = {
  track: {
    achieved: "achieved",
    "on-track": "on track",
    "off-track": "off track",
    missed: "missed",
    "no-data": "no data",
    unknown: "cannot tell",
  },
  direction: { increase: "increase", decrease: "decrease" },
  /** `mou commitment set`: what can go wrong with --actual, --source and --date. */
  edit: {
    actualSyntax: (p: P) => `--actual must be <indicator>=<number>, e.g. hoc-bong=12, not ${q(p.text)}`,
    actualNumber: (p: P) =>
      `--actual ${p.id}: ${q(p.value)} is not a number; write digits with a dot for decimals and no thousands ` +
      "separators (1500.5)",
    actualRange: (p: P) => `--actual ${p.id}: ${p.value} is out of range: values must lie between -10^15 and 10^15`,
    actualTwice: (p: P) => `--actual names indicator ${q(p.id)} twice`,
    needsActual: (p: P) => `${p.option} goes with --actual`,
    dateAfterToday: (p: P) => `--date ${p.date} is after today (${p.asOf}): only values already measured are recorded`,
    noIndicators: (p: P) =>
      `commitment ${q(p.commitment)} has no indicators; add them to the file first (see docs/measures.md)`,
    unknownIndicator: (p: P) =>
      `commitment ${q(p.commitment)} has no indicator ${q(p.id)} (there are ${p.known})${hint(p)}`,
  },
};
