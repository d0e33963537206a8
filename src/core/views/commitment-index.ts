import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, Assignment, Commitment, Party } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { partyById } from "../parties/names.js";
import { type UnitRegistry, withShortNames } from "../parties/units.js";
import { localized } from "../text/localized.js";
import { assignmentTexts, type CommitmentRow, involvedParties } from "./commitments.js";
import type { ViewMemo } from "./memo.js";

/** An assignment as a row shows it: the party's short name and the agency, either of which may be absent. */
export interface AssignmentParts {
  name?: string;
  agency?: string;
}

/**
 * A commitment as the site's row shows it — its agreement, number, title in the language, status, due date,
 * past due and sectors, worked out as `commitmentRow` works them out for `mou commitments` — with what a
 * page needs to filter it the way `mou commitments` does: the parties it names (`--party`), its leads and
 * supports in parts (the agencies are among the texts `--lead` and `--search` look in), and the texts they
 * look in that the row does not show — for `--lead` the lead parties' full and short names, for `--search`
 * also the title in the other language, the notes and the supporting parties' names. `searchedTexts` puts
 * them back together. Rows share arrays with each other and with the agreements: they must not be changed.
 */
export interface IndexedCommitment
  extends Pick<CommitmentRow, "agreement" | "id" | "title" | "status" | "sectors" | "due" | "overdue"> {
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

function parts(list: readonly Assignment[], byId: ReadonlyMap<string, Party>): AssignmentParts[] {
  const out: AssignmentParts[] = [];
  for (const x of list) {
    const name = x.party === undefined ? undefined : (byId.get(x.party)?.short ?? x.party);
    const part: AssignmentParts = {};
    if (name !== undefined) part.name = name;
    if (x.agency !== undefined) part.agency = x.agency;
    out.push(part);
  }
  return out;
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

const NO_PARTS: AssignmentParts[] = [];

/**
 * Every commitment of the agreements, in the order of `mou commitments` (agreements by id, commitments as
 * the file lists them), with the parties, leads and sectors a reader can choose from. Ten thousand rows
 * make one page: each row takes only what the page shows or filters on, and the choices are gathered on
 * the way rather than from the rows afterwards.
 */
export function commitmentIndex(
  files: readonly AgreementFile[],
  options: { asOf: string; lang: Lang; units?: UnitRegistry; memo?: ViewMemo },
): CommitmentIndex {
  const { asOf, lang, memo } = options;
  const rows: IndexedCommitment[] = [];
  const parties = new Map<string, string>();
  const leads = new Set<string>();
  const sectors = new Set<string>();
  const sorted = [...files].sort((x, y) =>
    x.agreement.id < y.agreement.id ? -1 : x.agreement.id > y.agreement.id ? 1 : 0,
  );
  for (const { agreement: a } of sorted) {
    if (a.commitments === undefined || a.commitments.length === 0) continue;
    const byId = partyById(memo ? memo.shortNames(a, lang) : withShortNames(options.units, a, options));
    for (const c of a.commitments) {
      const free = memo ? memo.keep("commitment-index", c, () => languageFree(c, a)) : languageFree(c, a);
      const other = otherTitle(c, lang);
      const leadParts = c.lead === undefined ? NO_PARTS : parts(c.lead, byId);
      const row: IndexedCommitment = {
        agreement: a.id,
        id: commitmentId(c),
        title: localized(c.title, lang),
        status: commitmentStatusOf(c),
        sectors: c.sectors ?? [],
        due: c.due ?? null,
        overdue: commitmentOverdue(c, a, asOf),
        parties: free.parties,
        leadParts,
        supportParts: c.support === undefined ? NO_PARTS : parts(c.support, byId),
        hiddenLead: free.hiddenLead,
        hidden: other.length === 0 ? free.hiddenRest : [...other, ...free.hiddenRest],
      };
      rows.push(row);
      for (const id of row.parties) {
        const party = parties.has(id) ? undefined : byId.get(id);
        if (party) parties.set(id, party.short!);
      }
      for (const p of leadParts) {
        if (p.name !== undefined) leads.add(p.name);
        if (p.agency !== undefined) leads.add(p.agency);
      }
      for (const sector of row.sectors) sectors.add(sector);
    }
  }
  const collator = viCollator();
  return {
    rows,
    parties: [...parties].map(([id, name]) => ({ id, name })).sort((x, y) => collator.compare(x.name, y.name)),
    leads: [...leads].sort(collator.compare),
    sectors: [...sectors].sort(),
  };
}

/** One Vietnamese collator for every index: making one loads the language's rules, some milliseconds each time. */
let collatorMade: Intl.Collator | undefined;
const viCollator = () => (collatorMade ??= new Intl.Collator("vi"));
