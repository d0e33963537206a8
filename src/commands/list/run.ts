import type { Context } from "../../context.js";
import { type AgreementRow, agreementRows, byId } from "../../core/views/list.js";
import { registry } from "../../data-units.js";
import { type ListFormat, listFormatters, listJson } from "../../format/list/index.js";
import { eachAgreement } from "../../load/each-agreement.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";
import { unitOption } from "../unit-option.js";

export async function list(options: { format: ListFormat; unit?: string }, context: Context): Promise<CommandOutput> {
  const unit = unitOption(options.unit, context.asOf, context.lang);
  const remind = context.config.remind;
  const rowOptions = {
    asOf: context.asOf,
    lang: context.lang,
    units: registry,
    ...(unit !== undefined ? { unit } : {}),
    ...(remind !== undefined ? { remind } : {}),
  };
  // Each agreement is reduced to its row as it is read; the rows are put in order at the end.
  const rows: AgreementRow[] = [];
  const loaded = await eachAgreement(context, (file) => rows.push(...agreementRows([file], rowOptions)), {
    retain: "schedule",
  });
  const agreements = rows.sort(byId);
  const view = { asOf: context.asOf, lang: context.lang, agreements };
  // A table or a JSON list of many rows is written as it is made, never held whole.
  const stdout =
    options.format === "table"
      ? listFormatters.tableTo(view, context)
      : options.format === "json"
        ? listJson(view)
        : listFormatters[options.format](view, context);
  return withSkipped(stdout, loaded, context.lang);
}
