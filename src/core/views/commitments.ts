import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, Commitment, CommitmentStatus, Party } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { assignmentText } from "../parties/names.js";
import { partyCurrentCode, type UnitRegistry } from "../parties/units.js";
import { matches } from "../text/fold.js";
import { localized } from "../text/localized.js";

export interface CommitmentFilter {
  agreement?: string;
  /** A party id, as lead or support. */
  party?: string;
  /** Text in a lead agency or a lead party's name. */
  lead?: string;
  sector?: string;
  status?: CommitmentStatus;
  overdue?: boolean;
  /** Text in the titles (both languages), the agencies or the notes. */
  search?: string;
  /** A current unit's code: commitments led or supported by a party that answers to it now. */
  unit?: string;
}

export interface CommitmentRow {
  agreement: string;
  id: string;
  title: string;
  status: CommitmentStatus;
  lead: { party: string | null; agency: string | null }[];
  /** Lead and support as text, party names resolved. */
  leadText: string[];
  supportText: string[];
  sectors: string[];
  due: string | null;
  overdue: boolean;
  file: string;
}

/** The texts `--lead` looks in: each lead's agency and the name of its party. */
export function leadTexts(c: Commitment, parties: readonly Party[]): (string | undefined)[] {
  return (c.lead ?? []).flatMap((x) => [x.agency, parties.find((p) => p.id === x.party)?.name]);
}

/** The texts `--search` looks in: the titles in both languages, the lead and support agencies, the notes. */
export function searchTexts(c: Commitment): (string | undefined)[] {
  const titles = typeof c.title === "string" ? [c.title] : [c.title.vi, c.title.en];
  return [...titles, ...[...(c.lead ?? []), ...(c.support ?? [])].map((x) => x.agency), c.notes];
}

/** The ids of the parties a commitment names, as lead or support: what `--party` matches. */
export const involvedParties = (c: Commitment): string[] =>
  [...(c.lead ?? []), ...(c.support ?? [])].flatMap((x) => (x.party === undefined ? [] : [x.party]));

function keep(c: Commitment, a: Agreement, filter: CommitmentFilter, asOf: string): boolean {
  if (filter.party !== undefined && !involvedParties(c).includes(filter.party)) return false;
  if (filter.lead !== undefined && !matches(filter.lead, ...leadTexts(c, a.parties))) return false;
  if (filter.sector !== undefined && !(c.sectors ?? []).includes(filter.sector)) return false;
  if (filter.status !== undefined && commitmentStatusOf(c) !== filter.status) return false;
  if (filter.overdue === true && !commitmentOverdue(c, asOf)) return false;
  if (filter.search !== undefined && !matches(filter.search, ...searchTexts(c))) return false;
  return true;
}

/** One commitment as a row, its party names resolved and its title in the language. */
export function commitmentRow(
  file: string,
  a: Agreement,
  c: Commitment,
  options: { asOf: string; lang: Lang },
): CommitmentRow {
  return {
    agreement: a.id,
    id: commitmentId(c),
    title: localized(c.title, options.lang),
    status: commitmentStatusOf(c),
    lead: (c.lead ?? []).map((x) => ({ party: x.party ?? null, agency: x.agency ?? null })),
    leadText: (c.lead ?? []).map((x) => assignmentText(x, a.parties)),
    supportText: (c.support ?? []).map((x) => assignmentText(x, a.parties)),
    sectors: c.sectors ?? [],
    due: c.due ?? null,
    overdue: commitmentOverdue(c, options.asOf),
    file,
  };
}

/** The commitments of the agreements that pass the filter, in file order, agreements by id. */
export function commitmentRows(
  files: readonly AgreementFile[],
  options: { asOf: string; lang: Lang; filter: CommitmentFilter; units?: UnitRegistry },
): CommitmentRow[] {
  const { asOf, lang, filter } = options;
  const rows: CommitmentRow[] = [];
  const sorted = [...files].sort((x, y) =>
    x.agreement.id < y.agreement.id ? -1 : x.agreement.id > y.agreement.id ? 1 : 0,
  );
  for (const { file, agreement: a } of sorted) {
    if (filter.agreement !== undefined && a.id !== filter.agreement) continue;
    for (const c of a.commitments ?? []) {
      if (!keep(c, a, filter, asOf)) continue;
      if (filter.unit !== undefined && options.units !== undefined) {
        const involved = [...(c.lead ?? []), ...(c.support ?? [])]
          .map((x) => a.parties.find((p) => p.id === x.party))
          .filter((p) => p !== undefined);
        if (!involved.some((p) => partyCurrentCode(options.units!, p, a, asOf) === filter.unit)) continue;
      }
      rows.push(commitmentRow(file, a, c, { asOf, lang }));
    }
  }
  return rows;
}
