import { closestMatch } from "../core/validation/suggest.js";
import { messages } from "../i18n/index.js";
import type { YNode } from "../load/yaml/tree.js";
import { EditError, type Fields, YamlText } from "./text-edit.js";

export interface NewReview {
  date: string;
  kind?: "scheduled" | "extra";
  covers?: number;
  place?: string;
  summary?: string;
}

/** Adds a held review to `reviews` (creating the list after `review:` when there is none). */
export function addReview(text: string, review: NewReview): string {
  const yaml = new YamlText(text);
  const fields: [string, string | number][] = [["date", review.date]];
  if (review.kind !== undefined) fields.push(["kind", review.kind]);
  if (review.covers !== undefined) fields.push(["covers", review.covers]);
  if (review.place !== undefined) fields.push(["place", review.place]);
  if (review.summary !== undefined) fields.push(["summary", review.summary]);
  return yaml.appendItem(yaml.root, "reviews", fields, ["review", "expires", "effective", "signed"]);
}

/** A value measured for one of a commitment's indicators. */
export interface NewActual {
  indicator: string;
  date: string;
  value: number;
  source?: string;
  note?: string;
}

export interface CommitmentChange {
  status?: string;
  due?: string;
  /** Values appended to the `actuals` of the commitment's indicators. */
  actuals?: readonly NewActual[];
  /** A progress note for the commitment's history, dated `date`, with who reported it. */
  note?: { date: string; text: string; by?: string };
}

function commitmentMap(yaml: YamlText, id: string): YNode {
  const list = YamlText.pair(yaml.root, "commitments")?.value;
  const found = YamlText.findById(list, id);
  if (found) return found;
  const ids = YamlText.ids(list);
  const suggestion = closestMatch(id, ids);
  const known = ids.join(", ");
  throw new EditError((lang) =>
    messages(lang).edit.noCommitment(suggestion === undefined ? { id, known } : { id, known, suggestion }),
  );
}

/**
 * Changes a commitment: `status` and `due` replace their one line (or add it); actual values are appended
 * to their indicators' `actuals`; a note is appended to the commitment's `history`, with the new status
 * when there is one.
 */
export function setCommitment(text: string, id: string, change: CommitmentChange): string {
  let current = text;
  for (const key of ["status", "due"] as const) {
    const value = change[key];
    if (value === undefined) continue;
    const yaml = new YamlText(current);
    const map = commitmentMap(yaml, id);
    current = yaml.replaceValue(map, key, value) ?? yaml.addEntry(map, key, value);
  }
  for (const actual of change.actuals ?? []) {
    const yaml = new YamlText(current);
    const indicators = YamlText.pair(commitmentMap(yaml, id), "indicators")?.value;
    const map = YamlText.findById(indicators, actual.indicator);
    if (!map) throw new EditError((lang) => messages(lang).edit.noIndicator({ id, indicator: actual.indicator }));
    const fields: Fields = [
      ["date", actual.date],
      ["value", actual.value],
      ...(actual.source !== undefined ? [["source", actual.source] as const] : []),
      ...(actual.note !== undefined ? [["note", actual.note] as const] : []),
    ];
    current = yaml.appendItem(map, "actuals", fields);
  }
  if (change.note !== undefined) {
    const yaml = new YamlText(current);
    const fields: Fields = [
      ["date", change.note.date],
      ...(change.status !== undefined ? [["status", change.status] as const] : []),
      ["note", change.note.text],
      ...(change.note.by !== undefined ? [["by", change.note.by] as const] : []),
    ];
    current = yaml.appendItem(commitmentMap(yaml, id), "history", fields);
  }
  return current;
}
