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
  diagnostics: {
    duplicateGoalId: (p: P) => `the goal id ${q(p.id)} is used twice in this file (first as ${p.first})`,
    unknownGoal: (p: P) =>
      p.known === ""
        ? `${q(p.goal)} is not a goal: the file has no goals`
        : `${q(p.goal)} is not one of the goals (${p.known})${hint(p)}`,
    goalCycle: (p: P) => `goal ${q(p.id)} is its own ancestor (${p.chain}): the parents go round in a circle`,
    duplicateIndicatorId: (p: P) =>
      `the indicator id ${q(p.id)} is used twice in commitment ${q(p.commitment)} (first as ${p.first})`,
    indicatorDirection: (p: P) =>
      `the target ${p.target} is ${p.direction === "increase" ? "below" : "above"} the baseline ${p.baseline}, ` +
      `but the indicator should ${p.direction}; ` +
      `set direction: ${p.direction === "increase" ? "decrease" : "increase"} or fix the values`,
    targetBeforeBaseline: (p: P) => `the target date ${p.by} is not after the baseline date ${p.date}`,
    actualBeforeBaseline: (p: P) => `the value of ${p.date} is dated before the baseline of ${p.baseline}`,
    actualAfterAsOf: (p: P) =>
      `the value of ${p.date} is dated after ${p.asOf}: only values already measured are recorded`,
    duplicateActualDate: (p: P) => `indicator ${q(p.id)} has two values dated ${p.date} (first as ${p.first})`,
    range: (p: P) => `${p.value} is out of range: values must lie between -10^15 and 10^15`,
  },
};
