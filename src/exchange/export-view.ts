import { latestActual } from "../core/measures/progress.js";
import type { Agreement, Commitment, CommitmentStatus } from "../core/model/agreement.js";
import { commitmentId, commitmentStatusOf, indicatorId } from "../core/model/agreement.js";
import { shortDate } from "../core/text/date-text.js";
import { localized } from "../core/text/localized.js";
import { formatNumber } from "../core/text/numbers.js";
import type { CommitmentRow } from "../core/views/commitments.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { pointFingerprint, rowKey } from "./keys.js";
import type { RowKind } from "./layout.js";

/** An agreement as the export needs it: its data, and the fingerprint of the bytes they were read from. */
export interface FingerprintedAgreement {
  file: string;
  agreement: Agreement;
  fingerprint: string;
}

export interface ExportRow {
  kind: RowKind;
  agreement: string;
  point: string;
  title: string;
  lead: string;
  support: string;
  /** The commitment's deadline, or an indicator's target date (YYYY-MM-DD). */
  due: string | null;
  /** The current status as words, or where an indicator stands. */
  current: string;
  status?: CommitmentStatus;
  key: string;
  fingerprint: string;
  /** The fingerprint of the row's commitment. */
  pointPrint: string;
}

export interface ExportSheet {
  /** The name wanted for the sheet (an agreement id or a lead department), before Excel's rules. */
  name: string;
  /** What the sheet holds, for the instructions: an agreement's title, or the department. */
  caption: string;
  rows: ExportRow[];
}

export type ExportGrouping = "agreement" | "agency";

function indicatorRows(c: Commitment, row: CommitmentRow, fingerprint: string, lang: Lang, asOf: string) {
  const m = messages(lang).exchange;
  const n = (v: number) => formatNumber(v, lang);
  return (c.indicators ?? []).map((i): ExportRow => {
    const latest = latestActual(i, asOf);
    const current = m.indicatorCurrent({
      baseline: n(i.baseline.value),
      target: n(i.target.value),
      unit: i.unit,
      ...(latest ? { latest: n(latest.value), latestDate: shortDate(latest.date, lang) } : {}),
    });
    return {
      kind: "indicator",
      agreement: row.agreement,
      point: row.id,
      title: m.indicatorTitle({ title: localized(i.title, lang), unit: i.unit }),
      lead: "",
      support: "",
      due: i.target.by ?? null,
      current,
      key: rowKey({ agreement: row.agreement, commitment: row.id, indicator: indicatorId(i) }),
      fingerprint,
      pointPrint: pointFingerprint(c),
    };
  });
}

/** The rows of one commitment: the commitment itself, then one row per indicator. */
function rowsOf(row: CommitmentRow, file: FingerprintedAgreement, lang: Lang, asOf: string): ExportRow[] {
  const c = (file.agreement.commitments ?? []).find((x) => commitmentId(x) === row.id);
  if (c === undefined) return [];
  const status = commitmentStatusOf(c);
  return [
    {
      kind: "commitment",
      agreement: row.agreement,
      point: row.id,
      title: row.title,
      lead: row.leadText.join("; "),
      support: row.supportText.join("; "),
      due: row.due,
      current: messages(lang).exchange.statusChoices[status],
      status,
      key: rowKey({ agreement: row.agreement, commitment: row.id }),
      fingerprint: file.fingerprint,
      pointPrint: pointFingerprint(c),
    },
    ...indicatorRows(c, row, file.fingerprint, lang, asOf),
  ];
}

/**
 * The sheets of an export: one per agreement, or one per lead department (a commitment with two leads is
 * on both sheets; one without a lead on a sheet of its own). Rows keep the order of `rows`.
 */
export function exportSheets(
  files: readonly FingerprintedAgreement[],
  rows: readonly CommitmentRow[],
  options: { by: ExportGrouping; lang: Lang; asOf: string },
): ExportSheet[] {
  const byId = new Map(files.map((f) => [f.agreement.id, f]));
  const sheets = new Map<string, ExportSheet>();
  const sheet = (name: string, caption: string) => {
    let found = sheets.get(name);
    if (found === undefined) {
      found = { name, caption, rows: [] };
      sheets.set(name, found);
    }
    return found;
  };
  const m = messages(options.lang).exchange;
  for (const row of rows) {
    const file = byId.get(row.agreement);
    if (file === undefined) continue;
    const out = rowsOf(row, file, options.lang, options.asOf);
    if (options.by === "agreement") {
      sheet(row.agreement, localized(file.agreement.title, options.lang)).rows.push(...out);
      continue;
    }
    const leads = row.leadText.length > 0 ? [...new Set(row.leadText)] : [m.noLead];
    for (const lead of leads) sheet(lead, lead).rows.push(...out);
  }
  const list = [...sheets.values()];
  if (options.by === "agency") list.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return list;
}
