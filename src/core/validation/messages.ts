import { messages as catalogue } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Severity } from "./diagnostic.js";

type Params = Readonly<Record<string, string | number>>;

/**
 * Every diagnostic mou can report, keyed by its stable code, with its severity. The code is the contract
 * (scripts and CI match on it); the texts live in the catalogue's `diagnostics` area and may improve.
 */
export const severities = {
  "file/unreadable": "error",
  "file/too-large": "error",
  "file/empty": "error",
  "file/binary": "error",
  "file/utf16": "error",
  "file/not-utf8": "error",
  "file/control-character": "error",
  "file/too-many-problems": "error",
  "yaml/syntax": "error",
  "yaml/duplicate-key": "error",
  "yaml/alias-limit": "error",
  "yaml/too-deep": "error",
  "yaml/warning": "warning",
  "schema/unknown-key": "error",
  "schema/required": "error",
  "schema/type": "error",
  "schema/enum": "error",
  "schema/date": "error",
  "schema/date-range": "error",
  "schema/duration": "error",
  "schema/id-format": "error",
  "schema/empty": "error",
  "schema/uri": "error",
  "schema/pattern": "error",
  "schema/invalid": "error",
  "rule/id-mismatch": "error",
  "rule/duplicate-agreement-id": "error",
  "rule/duplicate-party-id": "error",
  "rule/duplicate-commitment-id": "error",
  "rule/unknown-party": "error",
  "rule/expires-before-signed": "error",
  "rule/review-before-effective": "error",
  "rule/review-after-as-of": "error",
  "rule/covers-below-1": "error",
  "rule/covers-too-high": "error",
  "rule/duration-too-long": "error",
  "rule/expired-active": "warning",
  "rule/commitment-overdue": "warning",
  "review/overdue": "error",
  "review/due-soon": "warning",
  "review/missed": "warning",
  "rule/unknown-unit": "error",
  "rule/unit-succeeded": "warning",
  "rule/unknown-country": "error",
  "rule/parties-merged": "warning",
  "schema/range": "error",
  "rule/duplicate-goal-id": "error",
  "rule/unknown-goal": "error",
  "rule/goal-cycle": "error",
  "rule/duplicate-indicator-id": "error",
  "rule/indicator-direction": "error",
  "rule/target-before-baseline": "error",
  "rule/actual-before-baseline": "error",
  "rule/actual-after-as-of": "error",
  "rule/duplicate-actual-date": "error",
} as const satisfies Record<string, Severity>;

export type Code = keyof typeof severities;

// Every code has its text in the catalogue, and the catalogue has no text for a code that does not exist.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const catalogueMatchesCodes: Same<Code, keyof ReturnType<typeof catalogue>["diagnostics"]> = true;

export const codes = Object.keys(severities) as Code[];

export function severityOf(code: Code): Severity {
  return severities[code];
}

export function formatMessage(code: Code, params: Params, lang: Lang): string {
  const text: (p: Params) => string = catalogue(lang).diagnostics[code];
  return text(params);
}
