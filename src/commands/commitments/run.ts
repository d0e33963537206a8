import type { Context } from "../../context.js";
import { type CommitmentFilter, type CommitmentRow, commitmentRows } from "../../core/views/commitments.js";
import { registry } from "../../data-units.js";
import { type CommitmentsFormat, commitmentsFormatters, commitmentsJson } from "../../format/commitments/index.js";
import { eachAgreement } from "../../load/each-agreement.js";
import { FilterNames } from "../filter-names.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";
import { unitOption } from "../unit-option.js";
import { RowKeeper } from "./keep-rows.js";

export interface CommitmentsOptions extends CommitmentFilter {
  format: CommitmentsFormat;
}

export async function commitments(options: CommitmentsOptions, context: Context): Promise<CommandOutput> {
  const { format, unit: unitRef, ...rest } = options;
  const unit = unitOption(unitRef, context.asOf, context.lang);
  const filter = { ...rest, ...(unit !== undefined ? { unit } : {}) };
  const rows: CommitmentRow[] = [];
  const names = new FilterNames();
  const keeper = new RowKeeper();
  // Rows are taken from each agreement as it is read, so the agreements themselves are never all kept. The
  // rows kept are copied (RowKeeper).
  const visited = await eachAgreement(
    context,
    (file) => {
      names.add(file);
      const found = commitmentRows([file], { asOf: context.asOf, lang: context.lang, filter, units: registry });
      for (const row of found) rows.push(keeper.keep(row));
    },
    { borrow: true },
  );
  names.check(filter, context.lang);
  rows.sort((a, b) => (a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0));
  const view = { asOf: context.asOf, lang: context.lang, commitments: rows };
  // A table or a JSON list of many rows is written as it is made, never held whole.
  const stdout =
    format === "table"
      ? commitmentsFormatters.tableTo(view, context)
      : format === "json"
        ? commitmentsJson(view)
        : commitmentsFormatters[format](view, context);
  return withSkipped(stdout, visited, context.lang);
}
