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
