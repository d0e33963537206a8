import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, Assignment, Commitment, CommitmentStatus, Party } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { allNames } from "../parties/english.js";
import { assignmentText } from "../parties/names.js";
import { partyCurrentCode, type UnitRegistry, withShortNames } from "../parties/units.js";
import { matches } from "../text/fold.js";
import { localized } from "../text/localized.js";
import type { ViewMemo } from "./memo.js";

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
  /** Lead and support as text, with the parties' short names. */
  leadText: string[];
  supportText: string[];
  sectors: string[];
  due: string | null;
  overdue: boolean;
  /** The filter matched this row through its support only: a table must show that column. */
  viaSupport: boolean;
  file: string;
}

/** The texts of an assignment that --lead and --search look in: its agency, its party's name and short name. */
export function assignmentTexts(x: Assignment, a: Agreement): (string | undefined)[] {
  const party = a.parties.find((p) => p.id === x.party);
  return [x.agency, ...(party === undefined ? [] : allNames(party)), party?.short];
}

/**
 * The texts --search looks in: those of the commitment itself (titles in both languages, notes) and of its
 * leads, then those of its support, which a match may come through alone.
 */
export function searchTexts(
  c: Commitment,
  a: Agreement,
): { own: (string | undefined)[]; support: (string | undefined)[] } {
  const titles = typeof c.title === "string" ? [c.title] : [c.title.vi, c.title.en];
  return {
    own: [...titles, ...(c.lead ?? []).flatMap((x) => assignmentTexts(x, a)), c.notes],
    support: (c.support ?? []).flatMap((x) => assignmentTexts(x, a)),
  };
}

/** The ids of the parties a commitment names, as lead or support: what `--party` matches. */
export const involvedParties = (c: Commitment): string[] =>
  [...(c.lead ?? []), ...(c.support ?? [])].flatMap((x) => (x.party === undefined ? [] : [x.party]));

/**
 * Whether a commitment passes the filter, and whether it did so only through its support (a --party
 * that only supports it, or --search text found only in a supporting agency).
 */
function keep(
  c: Commitment,
  a: Agreement,
  filter: CommitmentFilter,
  asOf: string,
): { viaSupport: boolean } | undefined {
  const lead = c.lead ?? [];
  const support = c.support ?? [];
  let viaSupport = false;
  if (filter.party !== undefined) {
    if (!lead.some((x) => x.party === filter.party)) {
      if (!support.some((x) => x.party === filter.party)) return undefined;
      viaSupport = true;
    }
  }
  if (filter.lead !== undefined && !lead.some((x) => matches(filter.lead!, ...assignmentTexts(x, a)))) return undefined;
  if (filter.sector !== undefined && !(c.sectors ?? []).includes(filter.sector)) return undefined;
  if (filter.status !== undefined && commitmentStatusOf(c) !== filter.status) return undefined;
  if (filter.overdue === true && !commitmentOverdue(c, a, asOf)) return undefined;
  if (filter.search !== undefined) {
    const texts = searchTexts(c, a);
    if (!matches(filter.search, ...texts.own)) {
      if (!matches(filter.search, ...texts.support)) return undefined;
      viaSupport = true;
    }
  }
  return { viaSupport };
}

/**
 * One commitment as a row: its title in the language, its leads and support with the parties' short names
 * (`parties` as `withShortNames` gives them).
 */
export function commitmentRow(
  file: string,
  a: Agreement,
  c: Commitment,
  parties: readonly Party[],
  options: { asOf: string; lang: Lang; viaSupport?: boolean; memo?: ViewMemo },
): CommitmentRow {
  const { memo } = options;
  const text = (x: Assignment) =>
    memo ? memo.assignmentText(a, x, options.lang) : assignmentText(x, parties, options.lang);
  return {
    agreement: a.id,
    id: commitmentId(c),
    title: localized(c.title, options.lang),
    status: commitmentStatusOf(c),
    lead: (c.lead ?? []).map((x) => ({ party: x.party ?? null, agency: x.agency ?? null })),
    leadText: (c.lead ?? []).map(text),
    supportText: (c.support ?? []).map(text),
    sectors: c.sectors ?? [],
    due: c.due ?? null,
    overdue: commitmentOverdue(c, a, options.asOf),
    viaSupport: options.viaSupport ?? false,
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
    // Short names are worked out for the first commitment kept, not for agreements a filter leaves out.
    let parties: Party[] | undefined;
    for (const c of a.commitments ?? []) {
      const kept = keep(c, a, filter, asOf);
      if (kept === undefined) continue;
      if (filter.unit !== undefined && options.units !== undefined) {
        const involved = [...(c.lead ?? []), ...(c.support ?? [])]
          .map((x) => a.parties.find((p) => p.id === x.party))
          .filter((p) => p !== undefined);
        if (!involved.some((p) => partyCurrentCode(options.units!, p, a, asOf) === filter.unit)) continue;
      }
      parties ??= withShortNames(options.units, a, options);
      rows.push(commitmentRow(file, a, c, parties, { asOf, lang, viaSupport: kept.viaSupport }));
    }
  }
  return rows;
}
