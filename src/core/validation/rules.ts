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
import { LAST_DATE } from "../schedule/dates.js";
import { parseDuration, withinDurationLimit } from "../schedule/duration.js";
import { fixedCalendar } from "../schedule/schedule.js";
import type { Finding } from "./diagnostic.js";
import { measureRules } from "./measure-rules.js";
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
    else out.push({ code, path: [prefix, i, idKey], at: "value", params: { id }, paths: { first: [prefix, earlier] } });
  });
  return out;
}

const uniquePartyIds: Rule = (a) => duplicates(partyIds(a), "parties", "rule/duplicate-party-id", "id");

const uniqueCommitmentIds: Rule = (a) =>
  duplicates((a.commitments ?? []).map(commitmentId), "commitments", "rule/duplicate-commitment-id", "id");

/** How many party ids a message lists, and how many a "did you mean" compares: real files have a few. */
const LISTED_PARTIES = 12;

const knownParties: Rule = (a) => {
  const known = partyIds(a);
  const ids = new Set(known);
  // The hint and the list are bounded, so that a file of many parties and many mistakes stays linear.
  const listed = known.length > LISTED_PARTIES ? `${known.slice(0, LISTED_PARTIES).join(", ")}, …` : known.join(", ");
  const hints = new Map<string, string | undefined>();
  const hint = (party: string) => {
    if (known.length > 10 * LISTED_PARTIES) return undefined;
    if (!hints.has(party)) hints.set(party, suggest(party, known));
    return hints.get(party);
  };
  const out: Finding[] = [];
  (a.commitments ?? []).forEach((c, i) => {
    for (const role of ["lead", "support"] as const) {
      (c[role] ?? []).forEach((assignment, j) => {
        const party = assignment.party;
        if (party === undefined || ids.has(party)) return;
        const suggestion = hint(party);
        const params = { party, known: listed };
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

/** Durations of at most a century: a longer one would carry review dates off the calendar. */
const durationsInRange: Rule = (a) =>
  (["every", "remind"] as const).flatMap((key) => {
    const text = a.review?.[key];
    const duration = text === undefined ? undefined : parseDuration(text);
    return duration === undefined || withinDurationLimit(duration)
      ? []
      : [
          {
            code: "rule/duration-too-long" as const,
            path: ["review", key],
            at: "value" as const,
            params: { value: text! },
          },
        ];
  });

/**
 * `covers` names a review that can exist: one the fixed calendar dates on or before LAST_DATE. Without
 * this bound, the number of missed reviews (and the work of listing them) would be whatever the file says.
 */
const coversInCalendar: Rule = (a) => {
  const every = a.review === undefined ? undefined : parseDuration(a.review.every);
  if (a.review?.from === "last-review" || every === undefined || !withinDurationLimit(every)) return [];
  const calendar = fixedCalendar(a);
  if (calendar === undefined) return [];
  const out: Finding[] = [];
  (a.reviews ?? []).forEach((r, i) => {
    if (r.covers === undefined || r.covers < 1 || r.covers <= calendar.count()) return;
    out.push({
      code: "rule/covers-too-high",
      path: ["reviews", i, "covers"],
      at: "value",
      params: { covers: r.covers, count: calendar.count(), last: LAST_DATE },
    });
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
  durationsInRange,
  coversInCalendar,
  activeNotExpired,
  commitmentsOnTime,
  partyUnits,
  partyCountries,
  ...measureRules,
];

export function checkAgreement(agreement: Agreement, context: RuleContext): Finding[] {
  return rules.flatMap((rule) => rule(agreement, context));
}
