import type { Context } from "../../context.js";
import type { Grouping } from "../../core/measures/groupings.js";
import { Scorecard } from "../../core/measures/scorecard.js";
import { registry } from "../../data-units.js";
import { type ScorecardFormat, scorecardFormatters } from "../../format/scorecard/index.js";
import { eachAgreement } from "../../load/each-agreement.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export async function scorecard(
  options: { by: Grouping; format: ScorecardFormat },
  context: Context,
): Promise<CommandOutput> {
  const remind = context.config.remind;
  const card = new Scorecard({
    asOf: context.asOf,
    lang: context.lang,
    by: options.by,
    units: registry,
    ...(remind !== undefined ? { remind } : {}),
  });
  // Each agreement is reduced to its rows as it is read, so a large folder never sits in memory.
  const visited = await eachAgreement(context, (file) => card.add(file));
  const view = { asOf: context.asOf, lang: context.lang, by: options.by, rows: card.rows(), total: card.total() };
  return withSkipped(scorecardFormatters[options.format](view, context), visited, context.lang);
}
