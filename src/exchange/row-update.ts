import type { CommitmentStatus } from "../core/model/agreement.js";
import { commitmentStatuses } from "../core/model/enums.js";
import { fold } from "../core/text/fold.js";
import { closestMatch } from "../core/validation/suggest.js";
import { codeForWord, messages, statusForWord } from "../i18n/index.js";
import { type Lang, langs } from "../i18n/lang.js";
import { type Cell, cellDate, cellNumber, cellText, shown } from "./cells.js";
import { parseRowKey, type RowKey } from "./keys.js";
import { type Column, cellName, type FillColumn, fillableBy, fillColumns } from "./layout.js";
import type { ImportProblem, ProblemCode } from "./problems.js";
import type { RawRow, RawSheet } from "./read-workbook.js";

/** What one filled-in row asks for, its cells read and checked on their own. */
export interface RowUpdate {
  key: RowKey;
  /** Where the row is, for messages: the first cell filled in (Sheet!H12). */
  cell: string;
  fingerprint: string;
  /** The fingerprint of the commitment at export time ("" when a program dropped the column). */
  pointPrint: string;
  status?: CommitmentStatus;
  note?: string;
  value?: number;
  reporter?: string;
  /** The date written in the row, if any, and its cell. */
  date?: string;
  dateCell?: string;
}

const LIMITS: Partial<Record<FillColumn, number>> = { note: 4000, reporter: 300 };
const CONTROL = /(?![\t\n])\p{Cc}/u;

/** The status a cell means, in either language, with or without diacritics, as a code or as a label. */
function statusOf(text: string): CommitmentStatus | undefined {
  return codeForWord(text, commitmentStatuses, (lang) => messages(lang).exchange.statusChoices) ?? statusForWord(text);
}

/** Reads the row's cells; problems go to `problems`, and a row with a problem yields no update. */
export function readRow(
  sheet: RawSheet,
  raw: RawRow,
  context: { lang: Lang; problems: ImportProblem[] },
): RowUpdate | undefined {
  const m = messages(context.lang).exchange;
  const filled = fillColumns.filter((c) => (raw.cells[c]?.kind ?? "empty") !== "empty");
  if (filled.length === 0) return undefined;
  const where = (c: Column) => cellName(sheet.name, sheet.at[c] ?? 1, raw.row);
  const cell = where(filled[0]!);
  const before = context.problems.length;
  const problem = (at: string, code: ProblemCode, message: string) => context.problems.push({ at, code, message });

  const keyText = cellText(raw.cells.key ?? { kind: "empty" });
  if (keyText === undefined) {
    problem(cell, "import/unknown-key", m.problems.noKey);
    return undefined;
  }
  const key = parseRowKey(keyText);
  if (key === undefined) {
    problem(cell, "import/unknown-key", m.problems.badKey({ key: keyText.slice(0, 80) }));
    return undefined;
  }
  const kind = key.indicator === undefined ? "commitment" : "indicator";
  for (const c of filled)
    if (!fillableBy[kind].includes(c))
      problem(where(c), "import/not-applicable", m.problems.notApplicable({ column: m.headers[c], kind }));

  const text = (c: FillColumn): string | undefined => {
    const value = raw.cells[c] ?? { kind: "empty" };
    if (value.kind === "error") {
      problem(where(c), "import/cell-error", m.problems.cellError({ value: value.text }));
      return undefined;
    }
    const out = cellText(value);
    if (out === undefined) return undefined;
    if (CONTROL.test(out)) problem(where(c), "import/control-character", m.problems.controlCharacter);
    const limit = LIMITS[c];
    if (limit !== undefined && out.length > limit)
      problem(where(c), "import/too-long", m.problems.tooLong({ length: out.length, limit }));
    return out;
  };
  const hidden = (c: "fingerprint" | "pointPrint") => cellText(raw.cells[c] ?? { kind: "empty" }) ?? "";
  const update: RowUpdate = { key, cell, fingerprint: hidden("fingerprint"), pointPrint: hidden("pointPrint") };
  const status = kind === "commitment" ? raw.cells.newStatus : undefined;
  if (status !== undefined && status.kind !== "empty") {
    const code = readStatus(status, where("newStatus"), context);
    if (code !== undefined) update.status = code;
  }
  const note = text("note");
  if (note !== undefined) update.note = note;
  const reporter = text("reporter");
  if (reporter !== undefined) update.reporter = reporter;
  const actual = kind === "indicator" ? raw.cells.actual : undefined;
  if (actual !== undefined && actual.kind !== "empty") {
    const value = readNumber(actual, where("actual"), context);
    if (value !== undefined) update.value = value;
  }
  const date = raw.cells.date ?? { kind: "empty" };
  if (date.kind === "error") problem(where("date"), "import/cell-error", m.problems.cellError({ value: date.text }));
  else if (date.kind !== "empty") {
    const iso = cellDate(date);
    if (iso === undefined) problem(where("date"), "import/bad-date", m.problems.badDate({ value: shown(date) }));
    else {
      update.date = iso;
      update.dateCell = where("date");
    }
  }
  if (kind === "indicator" && update.value === undefined && update.note !== undefined && actual?.kind === "empty")
    problem(where("actual"), "import/needs-value", m.problems.needsValue);
  return context.problems.length > before ? undefined : update;
}

/** Every word that names a status, folded, in both languages: labels, codes and the words people use. */
function statusWords(): Map<string, CommitmentStatus> {
  const words = new Map<string, CommitmentStatus>();
  for (const lang of langs)
    for (const code of commitmentStatuses) {
      const t = messages(lang);
      for (const word of [code, t.exchange.statusChoices[code], ...t.labels.commitmentStatusWords[code]])
        words.set(fold(word), code);
    }
  return words;
}

function readStatus(cell: Cell, at: string, context: { lang: Lang; problems: ImportProblem[] }) {
  const m = messages(context.lang).exchange;
  const text = cell.kind === "text" ? cell.text : undefined;
  const code = text === undefined ? undefined : statusOf(text);
  if (code !== undefined) return code;
  const words = statusWords();
  const near = text === undefined ? undefined : closestMatch(fold(text), [...words.keys()]);
  const params = { value: shown(cell), choices: commitmentStatuses.map((s) => m.statusChoices[s]).join(", ") };
  const suggestion = near === undefined ? undefined : m.statusChoices[words.get(near)!];
  context.problems.push({
    at,
    code: "import/unknown-status",
    message: m.problems.unknownStatus(suggestion === undefined ? params : { ...params, suggestion }),
  });
  return undefined;
}

function readNumber(cell: Cell, at: string, context: { lang: Lang; problems: ImportProblem[] }) {
  const m = messages(context.lang).exchange.problems;
  if (cell.kind === "error") {
    context.problems.push({ at, code: "import/cell-error", message: m.cellError({ value: cell.text }) });
    return undefined;
  }
  const value = cellNumber(cell);
  if (value === undefined) {
    context.problems.push({ at, code: "import/not-a-number", message: m.notANumber({ value: shown(cell) }) });
    return undefined;
  }
  if (!(Math.abs(value) <= 1e15)) {
    context.problems.push({ at, code: "import/out-of-range", message: m.outOfRange({ value: shown(cell) }) });
    return undefined;
  }
  return value;
}
