// The ways the scorecard can group the portfolio. Kept apart from the code that uses them, so that the
// command line can offer them as choices without loading anything heavy.
export const groupings = ["agreement", "party", "unit", "agency", "sector"] as const;
export type Grouping = (typeof groupings)[number];
