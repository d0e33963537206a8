import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, Assignment, Commitment } from "../model/agreement.js";
import { shortName } from "../parties/names.js";
import { type CommitmentRow, commitmentRow, involvedParties } from "./commitments.js";

/** An assignment in the two parts the filters look at: the party's name and the agency. */
export interface AssignmentParts {
  name?: string;
  agency?: string;
}

/**
 * A commitment row with what a page needs to filter it the way `mou commitments` does: the parties it
 * names (`--party`); its leads and supports in parts, since `--lead` looks in the leads' agencies and
 * party names and `--search` in every agency; and the texts `--search` looks in that the row does not
 * show (the title in the other language, the notes). `searchedTexts` puts them back together.
 */
export interface IndexedCommitment extends CommitmentRow {
  parties: string[];
  leadParts: AssignmentParts[];
  supportParts: AssignmentParts[];
  hidden: string[];
}

export interface CommitmentIndex {
  rows: IndexedCommitment[];
  /** Every party id named by a commitment, with a name to show (the first agreement's, by id), by name. */
  parties: { id: string; name: string }[];
  /** Every lead as text, for suggestions, sorted. */
  leads: string[];
  sectors: string[];
}

function parts(list: readonly Assignment[] | undefined, a: Agreement): AssignmentParts[] {
  return (list ?? []).map((x) => {
    const name = x.party === undefined ? undefined : (a.parties.find((p) => p.id === x.party)?.name ?? x.party);
    return { ...(name !== undefined ? { name } : {}), ...(x.agency !== undefined ? { agency: x.agency } : {}) };
  });
}

/** The title the row does not show, if the file gives one in the other language, and the notes. */
function hiddenTexts(c: Commitment, lang: Lang): string[] {
  const hidden: string[] = [];
  if (typeof c.title !== "string" && c.title[lang] !== undefined) {
    const other = c.title[lang === "vi" ? "en" : "vi"];
    if (other !== undefined) hidden.push(other);
  }
  if (c.notes !== undefined) hidden.push(c.notes);
  return hidden;
}

/** The texts of a row that `--lead` and `--search` look in, as the page script gathers them. */
export function searchedTexts(row: IndexedCommitment): { lead: string[]; search: string[] } {
  const both = (p: AssignmentParts) => [p.agency, p.name].filter((x) => x !== undefined);
  const agencies = [...row.leadParts, ...row.supportParts].flatMap((p) => (p.agency === undefined ? [] : [p.agency]));
  return { lead: row.leadParts.flatMap(both), search: [row.title, ...agencies, ...row.hidden] };
}

export function commitmentIndex(
  files: readonly AgreementFile[],
  options: { asOf: string; lang: Lang },
): CommitmentIndex {
  const rows: IndexedCommitment[] = [];
  const parties = new Map<string, string>();
  const sorted = [...files].sort((x, y) =>
    x.agreement.id < y.agreement.id ? -1 : x.agreement.id > y.agreement.id ? 1 : 0,
  );
  // In the order of `mou commitments`: agreements by id, commitments as the file lists them.
  for (const { file, agreement: a } of sorted)
    for (const c of a.commitments ?? []) {
      const row = commitmentRow(file, a, c, options) as IndexedCommitment;
      row.parties = [...new Set(involvedParties(c))];
      row.leadParts = parts(c.lead, a);
      row.supportParts = parts(c.support, a);
      row.hidden = hiddenTexts(c, options.lang);
      rows.push(row);
      for (const id of row.parties) {
        const party = parties.has(id) ? undefined : a.parties.find((p) => p.id === id);
        if (party) parties.set(id, shortName(party));
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
