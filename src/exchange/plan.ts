import type { Agreement, Commitment } from "../core/model/agreement.js";
import { commitmentId, commitmentStatusOf, indicatorId, startOf } from "../core/model/agreement.js";
import { shortDate } from "../core/text/date-text.js";
import { closestMatch } from "../core/validation/suggest.js";
import type { CommitmentChange, NewActual } from "../edit/edits.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import type { FingerprintedAgreement } from "./export-view.js";
import { pointFingerprint, rowKey } from "./keys.js";
import { cellName, fillColumns } from "./layout.js";
import type { ImportProblem } from "./problems.js";
import type { RawWorkbook } from "./read-workbook.js";
import { type RowUpdate, readRow } from "./row-update.js";

/** The edits of one agreement file: one change per commitment, and the rows they come from. */
export interface FilePlan {
  file: string;
  agreement: string;
  /** The fingerprint of the file as it was read for this plan. */
  fingerprint: string;
  changes: {
    commitment: string;
    /** The commitment's fingerprint now, to tell whether it changed since the export. */
    print: string;
    change: CommitmentChange;
    rows: { update: RowUpdate; change: CommitmentChange }[];
  }[];
  rows: number;
}

export interface ImportPlan {
  problems: ImportProblem[];
  files: FilePlan[];
  /** Rows filled in whose update the file already records (an import done before, a status unchanged). */
  unchanged: number;
}

export interface PlanContext {
  lang: Lang;
  asOf: string;
  /** Apply the rows of files that changed since the export. */
  force: boolean;
}

/** Whether the commitment already records what the row says, so that importing a workbook twice changes nothing. */
function recorded(update: RowUpdate, c: Commitment, exported: string | undefined, date: string): boolean {
  const since = (d: string) => (update.date !== undefined ? d === date : exported === undefined || d >= exported);
  if (update.key.indicator !== undefined) {
    const indicator = (c.indicators ?? []).find((i) => indicatorId(i) === update.key.indicator);
    return (indicator?.actuals ?? []).some((a) => a.value === update.value && since(a.date));
  }
  const statusDone = update.status === undefined || update.status === commitmentStatusOf(c);
  const noteDone = update.note === undefined || (c.history ?? []).some((h) => h.note === update.note && since(h.date));
  return statusDone && noteDone;
}

/** The change a row asks of its commitment, given what the file holds now. */
function changeOf(update: RowUpdate, c: Commitment, date: string): CommitmentChange {
  if (update.key.indicator !== undefined) {
    const actual: NewActual = {
      indicator: update.key.indicator,
      date,
      value: update.value!,
      ...(update.reporter !== undefined ? { source: update.reporter } : {}),
      ...(update.note !== undefined ? { note: update.note } : {}),
    };
    return { actuals: [actual] };
  }
  const status = update.status !== undefined && update.status !== commitmentStatusOf(c) ? update.status : undefined;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(update.note !== undefined
      ? { note: { date, text: update.note, ...(update.reporter !== undefined ? { by: update.reporter } : {}) } }
      : {}),
  };
}

function merge(into: CommitmentChange, change: CommitmentChange): CommitmentChange {
  return {
    ...into,
    ...change,
    ...(into.actuals || change.actuals ? { actuals: [...(into.actuals ?? []), ...(change.actuals ?? [])] } : {}),
  };
}

/**
 * Turns the filled-in rows of a workbook into the edits of each agreement file, or into problems that
 * name the cell: every row is checked against the agreements as they are now, and a file that changed
 * since the export is refused (unless forced) when it still has rows to apply.
 */
export function planImport(
  workbook: RawWorkbook,
  agreements: readonly FingerprintedAgreement[],
  invalidIds: ReadonlySet<string>,
  context: PlanContext,
): ImportPlan {
  const m = messages(context.lang).exchange.problems;
  const problems: ImportProblem[] = [];
  const byId = new Map(agreements.map((a) => [a.agreement.id, a]));
  const seen = new Map<string, { cell: string; text: string }>();
  const plans = new Map<string, FilePlan>();
  let unchanged = 0;
  for (const sheet of workbook.sheets) {
    const missing = fillColumns.filter((c) => sheet.at[c] === undefined);
    for (const c of missing)
      problems.push({
        at: `${cellName(sheet.name, 1, 1).replace(/A1$/, "1:1")}`,
        code: "import/missing-column",
        message: m.missingColumn({ column: messages(context.lang).exchange.headers[c] }),
      });
    if (missing.length > 0) continue;
    for (const raw of sheet.rows) {
      const update = readRow(sheet, raw, { lang: context.lang, problems });
      if (update === undefined) continue;
      // A point with two lead departments is on two sheets of an export by agency: one answer is enough.
      const id = rowKey(update.key);
      const { cell: _cell, dateCell: _dateCell, ...what } = update;
      const text = JSON.stringify(what);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        if (earlier.text !== text)
          problems.push({
            at: update.cell,
            code: "import/conflicting-rows",
            message: m.conflicting({ other: earlier.cell }),
          });
        continue;
      }
      seen.set(id, { cell: update.cell, text });
      const found = locate(update, byId, invalidIds, problems, context);
      if (found === undefined) continue;
      const { file, commitment } = found;
      const date = update.date ?? context.asOf;
      if (!dateFits(update, date, file.agreement, problems, context)) continue;
      if (update.status === undefined && update.note === undefined && update.value === undefined) continue;
      if (recorded(update, commitment, workbook.exported, date)) {
        unchanged++;
        continue;
      }
      let plan = plans.get(file.file);
      if (plan === undefined) {
        plan = { file: file.file, agreement: file.agreement.id, fingerprint: file.fingerprint, changes: [], rows: 0 };
        plans.set(file.file, plan);
      }
      const cid = commitmentId(commitment);
      const entry = plan.changes.find((x) => x.commitment === cid);
      const change = changeOf(update, commitment, date);
      if (entry === undefined)
        plan.changes.push({ commitment: cid, print: pointFingerprint(commitment), change, rows: [{ update, change }] });
      else {
        entry.change = merge(entry.change, change);
        entry.rows.push({ update, change });
      }
      plan.rows++;
    }
  }
  const files: FilePlan[] = [];
  for (const plan of plans.values()) {
    const rows = plan.changes.flatMap((x) => x.rows.map((r) => r.update));
    if (!context.force && rows.some((r) => r.fingerprint !== plan.fingerprint)) {
      const cells = rows.map((r) => r.cell);
      // Whether the points answered changed too, or only others: the officer's guide to --force.
      const changed = plan.changes.filter((x) => x.rows.some((r) => r.update.pointPrint !== x.print));
      problems.push({
        at: plan.file,
        code: "import/file-changed",
        message: m.fileChanged({
          exported: workbook.exported === undefined ? "?" : shortDate(workbook.exported, context.lang),
          rows: rows.length,
          cells: cells.length > 4 ? `${cells.slice(0, 4).join(", ")}, …` : cells.join(", "),
          points: changed.map((x) => x.commitment).join(", "),
        }),
      });
      continue;
    }
    files.push(plan);
  }
  return { problems, files, unchanged };
}

function locate(
  update: RowUpdate,
  byId: ReadonlyMap<string, FingerprintedAgreement>,
  invalidIds: ReadonlySet<string>,
  problems: ImportProblem[],
  context: PlanContext,
): { file: FingerprintedAgreement; commitment: Commitment } | undefined {
  const m = messages(context.lang).exchange.problems;
  const { agreement, commitment: cid, indicator } = update.key;
  const file = byId.get(agreement);
  if (file === undefined) {
    if (invalidIds.has(agreement))
      problems.push({ at: update.cell, code: "import/unknown-key", message: m.invalidAgreement({ id: agreement }) });
    else {
      const suggestion = closestMatch(agreement, [...byId.keys()]);
      const params: Record<string, string> = { id: agreement, ...(suggestion !== undefined ? { suggestion } : {}) };
      problems.push({ at: update.cell, code: "import/unknown-key", message: m.unknownAgreement(params) });
    }
    return undefined;
  }
  const commitment = (file.agreement.commitments ?? []).find((c) => commitmentId(c) === cid);
  if (commitment === undefined) {
    problems.push({
      at: update.cell,
      code: "import/unknown-key",
      message: m.unknownCommitment({ agreement, commitment: cid }),
    });
    return undefined;
  }
  if (indicator !== undefined && !(commitment.indicators ?? []).some((i) => indicatorId(i) === indicator)) {
    const message = m.unknownIndicator({ agreement, commitment: cid, indicator });
    problems.push({ at: update.cell, code: "import/unknown-key", message });
    return undefined;
  }
  return { file, commitment };
}

function dateFits(
  update: RowUpdate,
  date: string,
  agreement: Agreement,
  problems: ImportProblem[],
  context: PlanContext,
): boolean {
  const m = messages(context.lang).exchange.problems;
  const at = update.dateCell ?? update.cell;
  const day = (d: string) => shortDate(d, context.lang);
  if (date > context.asOf) {
    const message = m.dateAfterToday({ date: day(date), asOf: day(context.asOf) });
    problems.push({ at, code: "import/date-after-today", message });
    return false;
  }
  const start = startOf(agreement);
  if (start !== undefined && date < start) {
    problems.push({
      at,
      code: "import/date-before-start",
      message: m.dateBeforeStart({ date: day(date), start: day(start) }),
    });
    return false;
  }
  return true;
}
