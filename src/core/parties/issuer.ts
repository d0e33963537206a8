import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Party } from "../model/agreement.js";
import { localized } from "../text/localized.js";
import { englishPlace, englishUnitName, vietnameseName } from "./english.js";
import { currentUnit, nameAt, resolveUnit, type Unit, type UnitRegistry } from "./units.js";

/**
 * Decree 30/2020/NĐ-CP writes a place named after a person in full ("Thành phố Hồ Chí Minh"); every other
 * provincial unit goes by its geographic name ("Nghệ An", "Huế").
 */
const NAMED_AFTER_PEOPLE = new Set(["Hồ Chí Minh"]);

/** A provincial-level unit as a document names it on a given date. */
export interface UnitOnDate {
  code: string;
  kind: "province" | "city";
  /** The official name: "Tỉnh Nghệ An", "Thành phố Hồ Chí Minh". */
  official: string;
  /** The geographic name without "Tỉnh"/"Thành phố": "Nghệ An", "Hồ Chí Minh". */
  core: string;
  /** Whether the unit's code is still in use on that date (false: it answers through a successor). */
  current: boolean;
}

/** "Nghệ An" for "Tỉnh Nghệ An", "Hồ Chí Minh" for "Thành phố Hồ Chí Minh". */
export const coreName = (official: string): string => official.replace(/^(Tỉnh|Thành phố)\s+/u, "");

/**
 * The unit a party is, as the agreement names it: its `unit`, or for a province or city party without
 * one, the unit whose name its name is (on the agreement's date). Undefined when the registry has none.
 */
export function partyUnit(registry: UnitRegistry, party: Party, agreementDate: string): Unit | undefined {
  if (party.unit !== undefined) return resolveUnit(registry, party.unit, agreementDate);
  if (party.type !== "province" && party.type !== "city") return undefined;
  const name = vietnameseName(party);
  const unit = resolveUnit(registry, name, agreementDate);
  // A name that only folds to a unit's slug is not enough: it must be that unit's name on that date.
  return unit !== undefined && nameAt(unit, agreementDate).name === name ? unit : undefined;
}

/** The unit that answers for a party on `date` (its successor after a merger), as named on that date. */
export function unitOnDate(
  registry: UnitRegistry,
  party: Party,
  dates: { agreement: string; on: string },
): UnitOnDate | undefined {
  const unit = partyUnit(registry, party, dates.agreement);
  if (unit === undefined) return undefined;
  const now = currentUnit(registry, unit, dates.on);
  const name = nameAt(now, dates.on);
  return {
    code: now.code,
    kind: name.kind,
    official: name.name,
    core: coreName(name.name),
    current: now.code === unit.code && (unit.closed === undefined || unit.closed > dates.on),
  };
}

/** The place name of the place-and-date line for a unit: "Nghệ An", "Thành phố Hồ Chí Minh" ("Hồ Chí Minh City"). */
export function placeName(unit: UnitOnDate, lang: Lang): string {
  if (lang !== "vi") return englishPlace(unit.core);
  return NAMED_AFTER_PEOPLE.has(unit.core) ? unit.official : unit.core;
}

/** A unit's name in a language: "Tỉnh Nghệ An", "Nghệ An Province". */
export const unitName = (unit: UnitOnDate, lang: Lang): string =>
  lang === "vi" ? unit.official : englishUnitName(unit.core, unit.kind);

/** A unit in running text: "tỉnh Quảng Ngãi", "thành phố Cần Thơ", "Thành phố Hồ Chí Minh" ("Cần Thơ City"). */
export function unitPhrase(unit: UnitOnDate, lang: Lang): string {
  if (lang !== "vi") return unitName(unit, lang);
  if (NAMED_AFTER_PEOPLE.has(unit.core)) return unit.official;
  return `${unit.kind === "city" ? "thành phố" : "tỉnh"} ${unit.core}`;
}

/** The People's Committee of a unit, in capitals, as the title block's lines: "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN". */
export function committeeLines(unit: UnitOnDate, lang: Lang): string[] {
  const { documents } = messages(lang);
  const name = lang === "vi" ? unit.core : englishUnitName(unit.core, unit.kind);
  return [documents.peoplesCommittee, documents.unitLine({ kind: unit.kind, name })];
}

/**
 * The party that hosts by default: the first that is a provincial unit in use on the meeting date, else
 * the first whose unit answers through a successor, else the first party.
 */
export function defaultHost(
  registry: UnitRegistry,
  parties: readonly Party[],
  dates: { agreement: string; on: string },
): Party {
  const units = parties.map((p) => unitOnDate(registry, p, dates));
  const current = units.findIndex((u) => u?.current === true);
  if (current >= 0) return parties[current]!;
  const any = units.findIndex((u) => u !== undefined);
  return parties[Math.max(any, 0)]!;
}

/** Who issues a document and where: the title block's issuing body and the place of the date line. */
export interface Issuing {
  /** The issuing body in capitals, one entry per line of the title block. */
  issuer: string[];
  place: string;
  /** Set when the issuer is a People's Committee: the signature block then signs for it ("TM."). */
  committee: boolean;
  /** The unit that answers for the host on the date, when the host is a Vietnamese provincial unit. */
  unit?: UnitOnDate;
}

/** What could not be decided: the host is not a Vietnamese province or city and states neither field. */
export interface IssuingMissing {
  missing: ("issuer" | "place")[];
}

/**
 * The issuing body and place of a document issued by `host` on `date`: options first, then the party's
 * own `issuer` and `place`, then, for a Vietnamese provincial unit (its successor after a merger), its
 * People's Committee and its geographic name.
 */
export function issuingOf(
  registry: UnitRegistry,
  host: Party,
  options: { agreementDate: string; date: string; lang: Lang; issuer?: string; place?: string },
): Issuing | IssuingMissing {
  const { lang } = options;
  const unit = unitOnDate(registry, host, { agreement: options.agreementDate, on: options.date });
  const statedIssuer = options.issuer ?? (host.issuer === undefined ? undefined : localized(host.issuer, lang));
  const place = options.place ?? (host.place === undefined ? undefined : localized(host.place, lang));
  const issuer =
    statedIssuer === undefined
      ? unit && committeeLines(unit, lang)
      : splitIssuer(statedIssuer.toLocaleUpperCase("vi"), lang);
  const missing = [
    ...(issuer === undefined ? (["issuer"] as const) : []),
    ...(place === undefined && unit === undefined ? (["place"] as const) : []),
  ];
  if (issuer === undefined || missing.length > 0) return { missing };
  const committee = issuer[0] === messages(lang).documents.peoplesCommittee;
  return {
    issuer,
    place: place ?? placeName(unit!, lang),
    committee,
    ...(unit !== undefined ? { unit } : {}),
  };
}

/** "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" as the two lines a title block writes it in; any other body as one. */
function splitIssuer(text: string, lang: Lang): string[] {
  const head = messages(lang).documents.peoplesCommittee;
  const rest = text.startsWith(`${head} `) ? text.slice(head.length).trim() : "";
  return rest === "" ? [text] : [head, rest];
}
