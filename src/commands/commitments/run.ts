import type { Context } from "../../context.js";
import { closestMatch } from "../../core/validation/suggest.js";
import { type CommitmentFilter, type CommitmentRow, commitmentRows } from "../../core/views/commitments.js";
import { registry } from "../../data-units.js";
import { UsageError } from "../../errors.js";
import { type CommitmentsFormat, commitmentsFormatters } from "../../format/commitments/index.js";
import { knownSectors, messages } from "../../i18n/index.js";
import { eachAgreement } from "../../load/each-agreement.js";
import { unknownAgreement } from "../find.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";
import { unitOption } from "../unit-option.js";

export interface CommitmentsOptions extends CommitmentFilter {
  format: CommitmentsFormat;
}

export async function commitments(options: CommitmentsOptions, context: Context): Promise<CommandOutput> {
  const { format, unit: unitRef, ...rest } = options;
  const unit = unitOption(unitRef, context.asOf, context.lang);
  const filter = { ...rest, ...(unit !== undefined ? { unit } : {}) };
  const rows: CommitmentRow[] = [];
  const parties = new Set<string>();
  const sectors = new Set<string>();
  // Rows are taken from each agreement as it is read, so the agreements themselves are never all kept.
  const visited = await eachAgreement(context, (file) => {
    for (const p of file.agreement.parties) parties.add(p.id);
    for (const c of file.agreement.commitments ?? []) for (const s of c.sectors ?? []) sectors.add(s);
    rows.push(...commitmentRows([file], { asOf: context.asOf, lang: context.lang, filter, units: registry }));
  });
  if (filter.agreement !== undefined && !visited.ids.includes(filter.agreement))
    throw unknownAgreement(filter.agreement, visited.ids, context.lang);
  const m = messages(context.lang).filters;
  const hint = (word: string, known: readonly string[]) => {
    const suggestion = closestMatch(word, known);
    return suggestion === undefined ? "" : m.didYouMean({ suggestion });
  };
  if (filter.party !== undefined && !parties.has(filter.party)) {
    const known = [...parties].sort();
    throw new UsageError(
      m.unknownParty({ party: filter.party, hint: hint(filter.party, known), known: known.join(", ") }),
    );
  }
  if (filter.sector !== undefined && !sectors.has(filter.sector)) {
    const known = [...sectors].sort();
    const hinted = hint(filter.sector, [...known, ...knownSectors()]);
    throw new UsageError(m.unknownSector({ sector: filter.sector, hint: hinted, known: known.join(", ") }));
  }
  rows.sort((a, b) => (a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0));
  const stdout = commitmentsFormatters[format]({ asOf: context.asOf, lang: context.lang, commitments: rows }, context);
  return withSkipped(stdout, visited, context.lang);
}
