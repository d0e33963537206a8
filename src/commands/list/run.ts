import type { Context } from "../../context.js";
import { agreementRows } from "../../core/views/list.js";
import { registry } from "../../data-units.js";
import { type ListFormat, listFormatters } from "../../format/list/index.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";
import { unitOption } from "../unit-option.js";

export async function list(options: { format: ListFormat; unit?: string }, context: Context): Promise<CommandOutput> {
  const unit = unitOption(options.unit, context.asOf, context.lang);
  const loaded = await loadAgreements(context, "schedule");
  const remind = context.config.remind;
  const agreements = agreementRows(loaded.agreements, {
    asOf: context.asOf,
    lang: context.lang,
    units: registry,
    ...(unit !== undefined ? { unit } : {}),
    ...(remind !== undefined ? { remind } : {}),
  });
  const stdout = listFormatters[options.format]({ asOf: context.asOf, lang: context.lang, agreements }, context);
  return withSkipped(stdout, loaded, context.lang);
}
