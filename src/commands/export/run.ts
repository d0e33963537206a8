import { resolve } from "node:path";
import type { Context } from "../../context.js";
import type { CommitmentFilter, CommitmentRow } from "../../core/views/commitments.js";
import { commitmentRows } from "../../core/views/commitments.js";
import { registry } from "../../data-units.js";
import { UsageError } from "../../errors.js";
import { type ExportGrouping, exportSheets } from "../../exchange/export-view.js";
import { loadFingerprinted } from "../../exchange/load.js";
import { buildWorkbook } from "../../exchange/write-workbook.js";
import { messages } from "../../i18n/index.js";
import { writeFileAtomic } from "../../load/write.js";
import { VERSION } from "../../version.js";
import { FilterNames } from "../filter-names.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";
import { unitOption } from "../unit-option.js";

export interface ExportOptions extends CommitmentFilter {
  format: "xlsx";
  output?: string;
  by: ExportGrouping;
  force?: boolean;
}

/** `mou export`: the commitments that pass the filters, as a workbook for the lead departments to fill in. */
export async function exportWorkbook(options: ExportOptions, context: Context): Promise<CommandOutput> {
  const { format: _format, output, by, force, unit: unitRef, ...rest } = options;
  const unit = unitOption(unitRef, context.asOf, context.lang);
  const filter = { ...rest, ...(unit !== undefined ? { unit } : {}) };
  const loaded = await loadFingerprinted(context);
  const names = new FilterNames();
  for (const file of loaded.agreements) names.add(file);
  names.check(filter, context.lang);
  const rows: CommitmentRow[] = commitmentRows(loaded.agreements, {
    asOf: context.asOf,
    lang: context.lang,
    filter,
    units: registry,
  });
  const m = messages(context.lang).exchange;
  if (rows.length === 0) throw new UsageError(m.nothingToExport);
  const sheets = exportSheets(loaded.agreements, rows, { by, lang: context.lang, asOf: context.asOf });
  // The spreadsheet library is large: it is loaded only when a workbook is made.
  const { default: excel } = await import("exceljs");
  const bytes = await buildWorkbook(excel, sheets, {
    lang: context.lang,
    asOf: context.asOf,
    by,
    now: context.now,
    version: VERSION,
  });
  const file = output ?? m.exportFile({ date: context.asOf });
  await writeFileAtomic(resolve(context.cwd, file), bytes, { overwrite: force === true });
  const summary = m.exported({ file, points: rows.length, sheets: sheets.length });
  const out = withSkipped(`${file}\n`, loaded, context.lang);
  return { ...out, stderr: `${summary}\n${out.stderr ?? ""}` };
}
