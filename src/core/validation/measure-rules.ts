import type { Agreement, Goal, Indicator } from "../model/agreement.js";
import { commitmentId, goalId, indicatorId } from "../model/agreement.js";
import type { Finding, ValuePath } from "./diagnostic.js";
import { suggest } from "./suggest.js";

// The rules of the results framework (goals and indicators). Dates are validated YYYY-MM-DD strings, so
// string order is date order.

type Rule = (agreement: Agreement, context: { asOf: string }) => Finding[];

function firstSeen(
  ids: readonly string[],
  at: (i: number) => ValuePath,
  make: (id: string, first: ValuePath, i: number) => Finding,
): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else out.push(make(id, at(earlier), i));
  });
  return out;
}

const uniqueGoalIds: Rule = (a) =>
  firstSeen(
    (a.goals ?? []).map(goalId),
    (i) => ["goals", i],
    (id, first, i) => ({
      code: "rule/duplicate-goal-id",
      path: ["goals", i, "id"],
      at: "value",
      params: { id },
      paths: { first },
    }),
  );

function unknownGoal(goal: string, known: readonly string[], path: ValuePath): Finding {
  const suggestion = suggest(goal, known);
  const params = { goal, known: known.join(", ") };
  return { code: "rule/unknown-goal", path, at: "value", params: suggestion ? { ...params, suggestion } : params };
}

const knownGoals: Rule = (a) => {
  const known = [...new Set((a.goals ?? []).map(goalId))];
  const out: Finding[] = [];
  (a.goals ?? []).forEach((g, i) => {
    if (g.parent !== undefined && !known.includes(String(g.parent)))
      out.push(unknownGoal(String(g.parent), known, ["goals", i, "parent"]));
  });
  (a.commitments ?? []).forEach((c, i) => {
    if (c.goal !== undefined && !known.includes(String(c.goal)))
      out.push(unknownGoal(String(c.goal), known, ["commitments", i, "goal"]));
  });
  return out;
};

/** One finding per cycle of parents, on the `parent` of the cycle's first goal in file order. */
const acyclicGoals: Rule = (a) => {
  const goals: readonly Goal[] = a.goals ?? [];
  const index = new Map<string, number>();
  goals.forEach((g, i) => {
    if (!index.has(goalId(g))) index.set(goalId(g), i);
  });
  const reported = new Set<number>();
  const out: Finding[] = [];
  goals.forEach((_, start) => {
    const seen: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && !seen.includes(i)) {
      seen.push(i);
      const parent: Goal["parent"] = goals[i]!.parent;
      i = parent === undefined ? undefined : index.get(String(parent));
    }
    if (i === undefined) return;
    const cycle = seen.slice(seen.indexOf(i));
    const first = Math.min(...cycle);
    if (reported.has(first)) return;
    reported.add(first);
    const from = cycle.indexOf(first);
    const chain = [...cycle.slice(from), ...cycle.slice(0, from), first].map((k) => goalId(goals[k]!)).join(" → ");
    out.push({
      code: "rule/goal-cycle",
      path: ["goals", first, "parent"],
      at: "value",
      params: { id: goalId(goals[first]!), chain },
    });
  });
  return out;
};

function indicatorFindings(ind: Indicator, path: ValuePath, asOf: string): Finding[] {
  const out: Finding[] = [];
  const direction = ind.direction ?? "increase";
  const { baseline, target } = ind;
  if (direction === "increase" ? target.value < baseline.value : target.value > baseline.value)
    out.push({
      code: "rule/indicator-direction",
      path: [...path, "target", "value"],
      at: "value",
      params: { target: target.value, baseline: baseline.value, direction },
    });
  if (baseline.date !== undefined && target.by !== undefined && target.by <= baseline.date)
    out.push({
      code: "rule/target-before-baseline",
      path: [...path, "target", "by"],
      at: "value",
      params: { by: target.by, date: baseline.date },
    });
  const actuals = ind.actuals ?? [];
  actuals.forEach((x, k) => {
    const at = [...path, "actuals", k, "date"];
    if (baseline.date !== undefined && x.date < baseline.date)
      out.push({
        code: "rule/actual-before-baseline",
        path: at,
        at: "value",
        params: { date: x.date, baseline: baseline.date },
      });
    if (x.date > asOf)
      out.push({ code: "rule/actual-after-as-of", path: at, at: "value", params: { date: x.date, asOf } });
  });
  out.push(
    ...firstSeen(
      actuals.map((x) => x.date),
      (k) => [...path, "actuals", k],
      (date, first, k) => ({
        code: "rule/duplicate-actual-date",
        path: [...path, "actuals", k, "date"],
        at: "value",
        params: { id: indicatorId(ind), date },
        paths: { first },
      }),
    ),
  );
  return out;
}

const indicators: Rule = (a, { asOf }) =>
  (a.commitments ?? []).flatMap((c, i) => {
    const list = c.indicators ?? [];
    const base = ["commitments", i, "indicators"] as const;
    return [
      ...firstSeen(
        list.map(indicatorId),
        (j) => [...base, j],
        (id, first, j) => ({
          code: "rule/duplicate-indicator-id",
          path: [...base, j, "id"],
          at: "value",
          params: { id, commitment: commitmentId(c) },
          paths: { first },
        }),
      ),
      ...list.flatMap((ind, j) => indicatorFindings(ind, [...base, j], asOf)),
    ];
  });

/** The checks of goals and indicators; run, like the others, only on schema-valid agreements. */
export const measureRules: readonly Rule[] = [uniqueGoalIds, knownGoals, acyclicGoals, indicators];
