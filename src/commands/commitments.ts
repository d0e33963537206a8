import { type CommitmentFilter, commitmentRows } from "../core/commitments.js";
import type { Context } from "../context.js";
import { type CommitmentsFormat, commitmentsFormatters } from "../format/commitments/index.js";
import { loadAgreements } from "../load/load-agreements.js";
import { findAgreement } from "./find.js";
import { withSkipped } from "./skipped.js";
import type { CommandOutput } from "./types.js";

export interface CommitmentsOptions extends CommitmentFilter {
  format: CommitmentsFormat;
}

export async function commitments(options: CommitmentsOptions, context: Context): Promise<CommandOutput> {
  const { format, ...filter } = options;
  const loaded = await loadAgreements(context);
  if (filter.agreement !== undefined) findAgreement(loaded.agreements, filter.agreement, context.lang);
  const rows = commitmentRows(loaded.agreements, { asOf: context.asOf, lang: context.lang, filter });
  const stdout = commitmentsFormatters[format]({ asOf: context.asOf, lang: context.lang, commitments: rows }, context);
  return withSkipped(stdout, loaded, context.lang);
}
