import type { Lang } from "../../i18n/lang.js";
import type { AgreementFile } from "../model/agreement.js";
import { commitmentId } from "../model/agreement.js";
import { shortName } from "../parties/names.js";
import { haystack } from "../text/fold.js";
import { type CommitmentRow, commitmentRows, involvedParties, leadTexts, searchTexts } from "./commitments.js";

/**
 * A commitment row with what a page needs to filter it the way `mou commitments` does: the parties it
 * names (`--party`), and the texts `--lead` and `--search` look in, folded once (`haystack`), so the
 * page script only folds the query.
 */
export interface IndexedCommitment extends CommitmentRow {
  parties: string[];
  leadHaystack: string;
  searchHaystack: string;
}

export interface CommitmentIndex {
  rows: IndexedCommitment[];
  /** Every party id named by a commitment, with a name to show (the first agreement's, by id), by name. */
  parties: { id: string; name: string }[];
  /** Every lead as text, for suggestions, sorted. */
  leads: string[];
  sectors: string[];
}

export function commitmentIndex(
  files: readonly AgreementFile[],
  options: { asOf: string; lang: Lang },
): CommitmentIndex {
  const byKey = new Map<string, IndexedCommitment>();
  const base = commitmentRows(files, { ...options, filter: {} });
  const rows: IndexedCommitment[] = base.map((r) => ({ ...r, parties: [], leadHaystack: "", searchHaystack: "" }));
  for (const r of rows) byKey.set(`${r.agreement}\n${r.id}`, r);
  const parties = new Map<string, string>();
  const sorted = [...files].sort((x, y) => (x.agreement.id < y.agreement.id ? -1 : 1));
  for (const { agreement: a } of sorted)
    for (const c of a.commitments ?? []) {
      const row = byKey.get(`${a.id}\n${commitmentId(c)}`);
      if (!row) continue;
      row.parties = [...new Set(involvedParties(c))];
      row.leadHaystack = haystack(...leadTexts(c, a.parties));
      row.searchHaystack = haystack(...searchTexts(c));
      for (const id of row.parties) {
        const party = a.parties.find((p) => p.id === id);
        if (party && !parties.has(id)) parties.set(id, shortName(party));
      }
    }
  const collator = new Intl.Collator("vi");
  return {
    rows,
    parties: [...parties].map(([id, name]) => ({ id, name })).sort((x, y) => collator.compare(x.name, y.name)),
    leads: [...new Set(rows.flatMap((r) => r.leadText))].sort(collator.compare),
    sectors: [...new Set(rows.flatMap((r) => r.sectors))].sort(),
  };
}
