import { messages as catalogue } from "../../i18n/index.js";
import type { Severity } from "./diagnostic.js";

type Params = Readonly<Record<string, string | number>>;
type Key = keyof ReturnType<typeof catalogue>["measures"]["diagnostics"];

const spec = (severity: Severity, key: Key) => ({
  severity,
  en: (p: Params) => catalogue("en").measures.diagnostics[key](p),
  vi: (p: Params) => catalogue("vi").measures.diagnostics[key](p),
});

/** The diagnostics of goals and indicators; their texts live in the catalogue's `measures` area. */
export const measureMessages = {
  "schema/range": spec("error", "range"),
  "rule/duplicate-goal-id": spec("error", "duplicateGoalId"),
  "rule/unknown-goal": spec("error", "unknownGoal"),
  "rule/goal-cycle": spec("error", "goalCycle"),
  "rule/duplicate-indicator-id": spec("error", "duplicateIndicatorId"),
  "rule/indicator-direction": spec("error", "indicatorDirection"),
  "rule/target-before-baseline": spec("error", "targetBeforeBaseline"),
  "rule/actual-before-baseline": spec("error", "actualBeforeBaseline"),
  "rule/actual-after-as-of": spec("error", "actualAfterAsOf"),
  "rule/duplicate-actual-date": spec("error", "duplicateActualDate"),
} as const;
