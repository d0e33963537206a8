import type { Agreement } from "../model/agreement.js";
import {
  commitmentId,
  commitmentOverdue,
  commitmentStatusOf,
  partyIds,
  startOf,
  statusOf,
} from "../model/agreement.js";
import { countryName } from "../parties/countries.js";
import { mergedPartners, nameAt, succession, type UnitRegistry, unitSlug } from "../parties/units.js";
import type { Finding } from "./diagnostic.js";
import { measureRules } from "./measure-rules.js";
import { describePath } from "./schema-findings.js";
import { suggest } from "./suggest.js";

export interface RuleContext {
  /** The registry of provincial-level units, for parties that name one. */
  units?: UnitRegistry;
  /** The file name without its extension. */
  stem: string;
  /** The file name as written (for messages). */
  fileName: string;
  /** Today, or the --as-of date (YYYY-MM-DD). */
  asOf: string;
}

type Rule = (agreement: Agreement, context: RuleContext) => Finding[];

// Dates are validated YYYY-MM-DD strings, so string order is date order.

const idMatchesFileName: Rule = (a, { stem, fileName }) => {
  if (a.id === stem) return [];
  const extension = fileName.slice(stem.length);
  return [
    { code: "rule/id-mismatch", path: ["id"], at: "value", params: { id: a.id, stem, expected: a.id + extension } },
  ];
};

function duplicates(ids: string[], prefix: string, code: Finding["code"], idKey: string): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else
      out.push({ code, path: [prefix, i, idKey], at: "value", params: { id, first: describePath([prefix, earlier]) } });
  });
  return out;
}

const uniquePartyIds: Rule = (a) => duplicates(partyIds(a), "parties", "rule/duplicate-party-id", "id");

const uniqueCommitmentIds: Rule = (a) =>
  duplicates((a.commitments ?? []).map(commitmentId), "commitments", "rule/duplicate-commitment-id", "id");

const knownParties: Rule = (a) => {
  const known = partyIds(a);
  const out: Finding[] = [];
  (a.commitments ?? []).forEach((c, i) => {
    for (const role of ["lead", "support"] as const) {
      (c[role] ?? []).forEach((assignment, j) => {
        const party = assignment.party;
        if (party === undefined || known.includes(party)) return;
        const suggestion = suggest(party, known);
        const params = { party, known: known.join(", ") };
        out.push({
          code: "rule/unknown-party",
          path: ["commitments", i, role, j, "party"],
          at: "value",
          params: suggestion === undefined ? params : { ...params, suggestion },
        });
      });
    }
  });
  return out;
};

const expiresAfterSigned: Rule = (a) =>
  a.expires !== undefined && a.signed !== undefined && a.expires < a.signed
    ? [
        {
          code: "rule/expires-before-signed",
          path: ["expires"],
          at: "value",
          params: { expires: a.expires, signed: a.signed },
        },
      ]
    : [];

const reviewDates: Rule = (a, { asOf }) => {
  const start = startOf(a);
  const out: Finding[] = [];
  (a.reviews ?? []).forEach((r, i) => {
    if (start !== undefined && r.date < start) {
      out.push({
        code: "rule/review-before-effective",
        path: ["reviews", i, "date"],
        at: "value",
        params: { date: r.date, effective: start },
      });
    }
    if (r.date > asOf) {
      out.push({
        code: "rule/review-after-as-of",
        path: ["reviews", i, "date"],
        at: "value",
        params: { date: r.date, asOf },
      });
    }
    if (r.covers !== undefined && r.covers < 1) {
      out.push({
        code: "rule/covers-below-1",
        path: ["reviews", i, "covers"],
        at: "value",
        params: { covers: r.covers },
      });
    }
  });
  return out;
};

const activeNotExpired: Rule = (a, { asOf }) =>
  statusOf(a) === "active" && a.expires !== undefined && a.expires < asOf
    ? [{ code: "rule/expired-active", path: ["expires"], at: "value", params: { expires: a.expires } }]
    : [];

const commitmentsOnTime: Rule = (a, { asOf }) => {
  const out: Finding[] = [];
  (a.commitments ?? []).forEach((c, i) => {
    if (commitmentOverdue(c, a, asOf)) {
      out.push({
        code: "rule/commitment-overdue",
        path: ["commitments", i, "due"],
        at: "value",
        params: { id: commitmentId(c), due: c.due!, status: commitmentStatusOf(c) },
      });
    }
  });
  return out;
};

const partyUnits: Rule = (a, { asOf, units }) => {
  if (units === undefined) return [];
  const out: Finding[] = [];
  const was = a.signed ?? asOf;
  const now = new Set<string>();
  let withUnits = 0;
  a.parties.forEach((party, i) => {
    if (party.unit === undefined) return;
    const s = succession(units, party, { was, now: asOf });
    if (s === undefined) {
      const slugs = units.units.flatMap((u) => [u.code, ...u.names.map((n) => unitSlug(n.name))]);
      const suggestion = suggest(party.unit, slugs);
      out.push({
        code: "rule/unknown-unit",
        path: ["parties", i, "unit"],
        at: "value",
        params: suggestion ? { unit: party.unit, suggestion } : { unit: party.unit },
      });
      return;
    }
    withUnits++;
    now.add(s.now.code);
    if (s.change !== "same")
      out.push({
        code: "rule/unit-succeeded",
        path: ["parties", i, "unit"],
        at: "value",
        params: {
          was: s.was.name,
          wasCode: s.was.code,
          now: s.now.name,
          nowCode: s.now.code,
          since: s.since ?? "",
          change: s.change,
          others: s.change === "merged" ? mergedPartners(units, s).join(", ") : "",
        },
      });
  });
  if (withUnits >= 2 && now.size === 1) {
    const [code] = now;
    const unit = units.units.find((u) => u.code === code)!;
    out.push({ code: "rule/parties-merged", path: ["parties"], at: "key", params: { now: nameAt(unit, asOf).name } });
  }
  return out;
};

const partyCountries: Rule = (a) =>
  a.parties.flatMap((party, i) =>
    party.country === undefined || countryName(party.country, "en") !== undefined
      ? []
      : [
          {
            code: "rule/unknown-country",
            path: ["parties", i, "country"],
            at: "value",
            params: { country: party.country },
          },
        ],
  );

/** The checks beyond the schema, each small and independent; run only on schema-valid agreements. */
export const rules: readonly Rule[] = [
  idMatchesFileName,
  uniquePartyIds,
  uniqueCommitmentIds,
  knownParties,
  expiresAfterSigned,
  reviewDates,
  activeNotExpired,
  commitmentsOnTime,
  partyUnits,
  partyCountries,
  ...measureRules,
];

export function checkAgreement(agreement: Agreement, context: RuleContext): Finding[] {
  return rules.flatMap((rule) => rule(agreement, context));
}
