import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, Commitment } from "../model/agreement.js";
import { assignmentText, shortName } from "../parties/names.js";
import { nameAt, partyCurrentCode, type UnitRegistry, unitByCode } from "../parties/units.js";
import type { ReviewState } from "../schedule/schedule.js";
import { fold } from "../text/fold.js";
import { localized } from "../text/localized.js";
import type { Grouping } from "./groupings.js";
import { type ReviewRecord, reviewRecord } from "./reviews.js";
import { count, emptyTally, type Tally } from "./tally.js";

export type { Grouping } from "./groupings.js";

/** One line of the scorecard: a group of commitments, and the review record of the agreements they belong to. */
export interface ScorecardRow {
  /** The agreement id, party id, unit code, folded agency or sector; null for what has none. */
  key: string | null;
  label: string;
  /** Ids of the agreements in the group, sorted. */
  agreements: string[];
  commitments: Tally["commitments"];
  indicators: Tally["indicators"];
  reviews: {
    held: number;
    /** Summed over the agreements for which it can be said (see ReviewRecord.due); null when none can. */
    due: number | null;
    missed: number;
    last: string | null;
    daysSinceLast: number | null;
    /** The soonest next review among the agreements. */
    next: { agreement: string; number: number; due: string; state: ReviewState; days: number } | null;
  };
}

export interface ScorecardOptions {
  asOf: string;
  lang: Lang;
  by: Grouping;
  remind?: string;
  units?: UnitRegistry;
}

interface Group {
  key: string | null;
  label: string;
  /** The agreement the label was taken from: the smallest id wins, so the label does not depend on file order. */
  labelFrom: string;
  tally: Tally;
  agreements: Map<string, ReviewRecord>;
}

/** Group keys and labels of one commitment (several when it has several lead parties or sectors). */
type KeysOf = (c: Commitment, a: Agreement, lang: Lang, asOf: string, units?: UnitRegistry) => Map<string, string>;

const leadParties: KeysOf = (c, a, lang) => {
  const out = new Map<string, string>();
  for (const x of c.lead ?? []) {
    const party = a.parties.find((p) => p.id === x.party);
    if (party) out.set(party.id, shortName(party, lang));
  }
  return out;
};

const keysOf: Record<Exclude<Grouping, "agreement">, KeysOf> = {
  party: leadParties,
  unit: (c, a, _lang, asOf, units) => {
    const out = new Map<string, string>();
    if (units === undefined) return out;
    for (const x of c.lead ?? []) {
      const party = a.parties.find((p) => p.id === x.party);
      const code = party && partyCurrentCode(units, party, a, asOf);
      const unit = code === undefined ? undefined : unitByCode(units, code);
      if (unit) out.set(unit.code, nameAt(unit, asOf).name);
    }
    return out;
  },
  agency: (c, a) =>
    new Map((c.lead ?? []).map((x) => [fold(assignmentText(x, a.parties)), assignmentText(x, a.parties)])),
  sector: (c) => new Map((c.sectors ?? []).map((s) => [s, s])),
};

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The portfolio scorecard, built one agreement at a time (so that a large folder need not sit in memory)
 * and read out as rows in a stable order: agreements by id, units by code, other groups by their folded label,
 * then key,
 * with the group of commitments that have no key last. `total` counts each commitment once.
 */
export class Scorecard {
  private readonly groups = new Map<string | null, Group>();
  private readonly whole: Group;

  constructor(private readonly options: ScorecardOptions) {
    this.whole = { key: null, label: "", labelFrom: "", tally: emptyTally(), agreements: new Map() };
  }

  private group(key: string | null, label: string, from: string): Group {
    let g = this.groups.get(key);
    if (g === undefined) {
      g = { key, label, labelFrom: from, tally: emptyTally(), agreements: new Map() };
      this.groups.set(key, g);
    } else if (compareText(from, g.labelFrom) < 0) {
      g.label = label;
      g.labelFrom = from;
    }
    return g;
  }

  add({ agreement: a }: AgreementFile): void {
    const { asOf, lang, by, units } = this.options;
    const record = reviewRecord(
      a,
      this.options.remind === undefined ? { asOf } : { asOf, remind: this.options.remind },
    );
    this.whole.agreements.set(a.id, record);
    for (const c of a.commitments ?? []) count(this.whole.tally, c, a, asOf);
    if (by === "agreement") {
      const g = this.group(a.id, localized(a.title, lang), a.id);
      g.agreements.set(a.id, record);
      for (const c of a.commitments ?? []) count(g.tally, c, a, asOf);
      return;
    }
    if (by === "party")
      for (const p of a.parties) this.group(p.id, shortName(p, lang), a.id).agreements.set(a.id, record);
    if (by === "unit" && units !== undefined)
      for (const p of a.parties) {
        const code = partyCurrentCode(units, p, a, asOf);
        const unit = code === undefined ? undefined : unitByCode(units, code);
        if (unit) this.group(unit.code, nameAt(unit, asOf).name, a.id).agreements.set(a.id, record);
      }
    for (const c of a.commitments ?? []) {
      const keys = keysOf[by](c, a, lang, asOf, units);
      if (keys.size === 0) keys.set("", "");
      for (const [key, label] of keys) {
        const g = key === "" ? this.group(null, messages(lang).scorecard.none[by], "") : this.group(key, label, a.id);
        g.agreements.set(a.id, record);
        count(g.tally, c, a, asOf);
      }
    }
  }

  rows(): ScorecardRow[] {
    const groups = [...this.groups.values()];
    // Agreements by id and units by their official code; other groups by name.
    const byKey = this.options.by === "agreement" || this.options.by === "unit";
    const order = (g: Group) => (byKey ? (g.key ?? "") : fold(g.label));
    groups.sort((x, y) =>
      x.key === null || y.key === null
        ? Number(x.key === null) - Number(y.key === null)
        : compareText(order(x), order(y)) || compareText(x.key, y.key),
    );
    return groups.map(toRow);
  }

  total(): ScorecardRow {
    return toRow({ ...this.whole, label: messages(this.options.lang).scorecard.total });
  }
}

function toRow(g: Group): ScorecardRow {
  const records = [...g.agreements.entries()].sort(([x], [y]) => compareText(x, y));
  const dues = records.map(([, r]) => r.due).filter((d) => d !== null);
  let last: string | null = null;
  let daysSinceLast: number | null = null;
  let next: ScorecardRow["reviews"]["next"] = null;
  for (const [id, r] of records) {
    if (r.last !== null && (last === null || r.last.date > last)) {
      last = r.last.date;
      daysSinceLast = r.daysSinceLast;
    }
    if (r.next !== null && (next === null || r.next.due < next.due))
      next = { agreement: id, number: r.next.number, due: r.next.due, state: r.next.state, days: r.next.days };
  }
  return {
    key: g.key,
    label: g.label,
    agreements: records.map(([id]) => id),
    commitments: { ...g.tally.commitments },
    indicators: { ...g.tally.indicators },
    reviews: {
      held: records.reduce((n, [, r]) => n + r.held, 0),
      due: dues.length === 0 ? null : dues.reduce((n, d) => n + d, 0),
      missed: records.reduce((n, [, r]) => n + r.missed.length, 0),
      last,
      daysSinceLast,
      next,
    },
  };
}

/** The scorecard of a list of agreements: its rows and the total. */
export function scorecard(files: readonly AgreementFile[], options: ScorecardOptions) {
  const card = new Scorecard(options);
  for (const f of files) card.add(f);
  return { rows: card.rows(), total: card.total() };
}
