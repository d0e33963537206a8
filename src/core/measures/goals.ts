import type { Agreement, Commitment, Goal } from "../model/agreement.js";
import { goalId } from "../model/agreement.js";

/** A goal in the tree of goals, with the commitments that name it. */
export interface GoalSection {
  goal: Goal;
  /** 1 for a top-level goal, 2 for a strategy under it, … */
  depth: number;
  /** Its place in the tree, "1", "1.2", … (the order of the file, not the goal's own id). */
  path: number[];
  commitments: Commitment[];
}

/**
 * The goals depth first, each followed by the goals under it, in file order, with the commitments that
 * serve each; and the commitments that name no goal. A goal whose parents go round in a circle (refused
 * by validation) is left out rather than looped over.
 */
export function goalSections(agreement: Agreement): { sections: GoalSection[]; other: Commitment[] } {
  const goals = agreement.goals ?? [];
  const ids = new Set(goals.map(goalId));
  const commitments = agreement.commitments ?? [];
  const sections: GoalSection[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | undefined, depth: number, path: number[]) => {
    let n = 0;
    for (const goal of goals) {
      const id = goalId(goal);
      const under = goal.parent === undefined || !ids.has(String(goal.parent)) ? undefined : String(goal.parent);
      if (under !== parent || seen.has(id)) continue;
      seen.add(id);
      const here = [...path, ++n];
      sections.push({
        goal,
        depth,
        path: here,
        commitments: commitments.filter((c) => c.goal !== undefined && String(c.goal) === id),
      });
      visit(id, depth + 1, here);
    }
  };
  visit(undefined, 1, []);
  return { sections, other: commitments.filter((c) => c.goal === undefined || !seen.has(String(c.goal))) };
}
