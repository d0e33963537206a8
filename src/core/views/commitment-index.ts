import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, Assignment, Commitment, Party } from "../model/agreement.js";
import { type UnitRegistry, withShortNames } from "../parties/units.js";
import { assignmentTexts, type CommitmentRow, commitmentRow, involvedParties } from "./commitments.js";
import type { ViewMemo } from "./memo.js";

/** An assignment as a row shows it: the party's short name and the agency, either of which may be absent. */
export interface AssignmentParts {
  name?: string;
  agency?: string;
}

/**
 * A commitment row with what a page needs to filter it the way `mou commitments` does: the parties it
 * names (`--party`), its leads and supports in parts (the agencies are among the texts `--lead` and
 * `--search` look in), and the texts they look in that the row does not show — for `--lead` the lead
 * parties' full and short names, for `--search` also the title in the other language, the notes and the
 * supporting parties' names. `searchedTexts` puts them back together.
 */
export interface IndexedCommitment extends CommitmentRow {
  parties: string[];
  leadParts: AssignmentParts[];
  supportParts: AssignmentParts[];
  hiddenLead: string[];
  hidden: string[];
}

export interface CommitmentIndex {
  rows: IndexedCommitment[];
  /** Every party id named by a commitment, with a name to show (the first agreement's, by id), by name. */
  parties: { id: string; name: string }[];
  /**
   * What the lead box suggests, sorted: every lead agency and every lead party's short name, each of
   * which finds its rows (a lead as the row shows it, "party – agency", is no text --lead looks in).
   */
  leads: string[];
  sectors: string[];
}

const present = (texts: (string | undefined)[]): string[] => texts.filter((t) => t !== undefined);

function parts(list: readonly Assignment[], shortNames: readonly Party[]): AssignmentParts[] {
  return list.map((x) => {
    const name = x.party === undefined ? undefined : (shortNames.find((p) => p.id === x.party)?.short ?? x.party);
    return { ...(name !== undefined ? { name } : {}), ...(x.agency !== undefined ? { agency: x.agency } : {}) };
  });
}

/** The parties' own names in an assignment's texts: all of them but its agency, which the row shows. */
const names = (x: Assignment, a: Agreement) => present(assignmentTexts(x, a).slice(1));

/** The title the row does not show, when the file gives one in the other language. */
function otherTitle(c: Commitment, lang: Lang): string[] {
  if (typeof c.title === "string" || c.title[lang] === undefined) return [];
  return present([c.title[lang === "vi" ? "en" : "vi"]]);
}

/** The texts of a row that `--lead` and `--search` look in, as the page script gathers them. */
export function searchedTexts(row: IndexedCommitment): { lead: string[]; search: string[] } {
  const agencies = (list: AssignmentParts[]) => present(list.map((p) => p.agency));
  const lead = [...agencies(row.leadParts), ...row.hiddenLead];
  return { lead, search: [row.title, ...lead, ...agencies(row.supportParts), ...row.hidden] };
}

/** What a commitment's row holds in every language: the parties it names and the names the row hides. */
function languageFree(c: Commitment, a: Agreement) {
  return {
    parties: [...new Set(involvedParties(c))],
    hiddenLead: (c.lead ?? []).flatMap((x) => names(x, a)),
    hiddenRest: [...present([c.notes]), ...(c.support ?? []).flatMap((x) => names(x, a))],
  };
}

export function commitmentIndex(
  files: readonly AgreementFile[],
  options: { asOf: string; lang: Lang; units?: UnitRegistry; memo?: ViewMemo },
): CommitmentIndex {
  const rows: IndexedCommitment[] = [];
  const parties = new Map<string, string>();
  const sorted = [...files].sort((x, y) =>
    x.agreement.id < y.agreement.id ? -1 : x.agreement.id > y.agreement.id ? 1 : 0,
  );
  // In the order of `mou commitments`: agreements by id, commitments as the file lists them.
  for (const { file, agreement: a } of sorted) {
    const shortNames = options.memo
      ? options.memo.shortNames(a, options.lang)
      : withShortNames(options.units, a, options);
    for (const c of a.commitments ?? []) {
      const row = commitmentRow(file, a, c, shortNames, options) as IndexedCommitment;
      const free = options.memo
        ? options.memo.keep("commitment-index", c, () => languageFree(c, a))
        : languageFree(c, a);
      row.parties = free.parties;
      row.leadParts = parts(c.lead ?? [], shortNames);
      row.supportParts = parts(c.support ?? [], shortNames);
      row.hiddenLead = free.hiddenLead;
      row.hidden = [...otherTitle(c, options.lang), ...free.hiddenRest];
      rows.push(row);
      for (const id of row.parties) {
        const party = parties.has(id) ? undefined : shortNames.find((p) => p.id === id);
        if (party) parties.set(id, party.short!);
      }
    }
  }
  const collator = new Intl.Collator("vi");
  return {
    rows,
    parties: [...parties].map(([id, name]) => ({ id, name })).sort((x, y) => collator.compare(x.name, y.name)),
    leads: [...new Set(rows.flatMap((r) => r.leadParts.flatMap((p) => present([p.name, p.agency]))))].sort(
      collator.compare,
    ),
    sectors: [...new Set(rows.flatMap((r) => r.sectors))].sort(),
  };
}
