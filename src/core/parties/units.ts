import type { Unit, UnitRegistry } from "../../generated/units.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Party } from "../model/agreement.js";
import { dayBefore } from "../schedule/dates.js";
import { shortDate } from "../text/date-text.js";
import { fold } from "../text/fold.js";
import { englishPlace } from "./english.js";
import { placeName, shortName } from "./names.js";

/** A unit's name as a table shows it: "Nghệ An", "TP. Hồ Chí Minh"; in English "Nghe An", "Ho Chi Minh City". */
const localPlace = (name: string, lang: Lang): string =>
  lang === "en" ? englishPlace(placeName(name)) : placeName(name);

export type { Unit, UnitRegistry };
export type UnitName = Unit["names"][number];

/** The name a unit carried on a date: the latest whose `since` is not after it. */
export function nameAt(unit: Unit, date: string): UnitName {
  let current = unit.names[0]!;
  for (const n of unit.names) if (n.since === undefined || n.since <= date) current = n;
  return current;
}

/** "ba-ria-vung-tau" for "Tỉnh Bà Rịa - Vũng Tàu": the name without its "Tỉnh"/"Thành phố", folded. */
export function unitSlug(name: string): string {
  return fold(name.replace(/^(Tỉnh|Thành phố)\s+/u, ""))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const unitByCode = (registry: UnitRegistry, code: string): Unit | undefined =>
  registry.units.find((u) => u.code === code);

/**
 * The unit a reference names: a code ("77"), or a slug of any of its names ("ba-ria-vung-tau"). A slug two
 * codes have carried ("quang-tri": 45 until 2025-07-01, 44 since) means the one that had that name on `date`.
 */
export function resolveUnit(registry: UnitRegistry, ref: string, date: string): Unit | undefined {
  if (/^[0-9]{2}$/.test(ref)) return unitByCode(registry, ref);
  const slug = unitSlug(ref);
  const named = registry.units.filter((u) => u.names.some((n) => unitSlug(n.name) === slug));
  return (
    named.find((u) => unitSlug(nameAt(u, date).name) === slug && (u.closed === undefined || u.closed > date)) ??
    named.find((u) => unitSlug(nameAt(u, date).name) === slug) ??
    named[0]
  );
}

/** The unit that answers for `unit` on `date`, following closed codes to their successors. */
export function currentUnit(registry: UnitRegistry, unit: Unit, date: string): Unit {
  let current = unit;
  for (let hops = 0; current.closed !== undefined && current.closed <= date && hops < 10; hops++) {
    const next = current.successor === undefined ? undefined : unitByCode(registry, current.successor);
    if (!next) break;
    current = next;
  }
  return current;
}

export interface Succession {
  /** The unit as the agreement names it, with its name on the agreement's date. */
  was: { code: string; name: string };
  /** Who answers for it on the as-of date. */
  now: { code: string; name: string };
  /** merged: the code was closed into another; renamed: same code, new name; same: nothing changed. */
  change: "merged" | "renamed" | "same";
  since?: string;
}

/** What became of a party's unit between the agreement's date and the as-of date. */
export function succession(
  registry: UnitRegistry,
  party: Party,
  dates: { was: string; now: string },
): Succession | undefined {
  if (party.unit === undefined) return undefined;
  const unit = resolveUnit(registry, party.unit, dates.was);
  if (!unit) return undefined;
  const was = { code: unit.code, name: nameAt(unit, dates.was).name };
  const current = currentUnit(registry, unit, dates.now);
  const now = { code: current.code, name: nameAt(current, dates.now).name };
  if (current.code !== unit.code) return { was, now, change: "merged", ...(unit.closed ? { since: unit.closed } : {}) };
  if (now.name !== was.name) {
    const since = unit.names.find((n) => n.name === now.name)?.since;
    return { was, now, change: "renamed", ...(since ? { since } : {}) };
  }
  return { was, now, change: "same" };
}

/** The units that were merged into `successor` on `date` (itself included), by their names the day before. */
function mergedOn(registry: UnitRegistry, successor: Unit, date: string): string[] {
  const before = dayBefore(date);
  return registry.units
    .filter((u) => u.code === successor.code || (u.successor === successor.code && u.closed === date))
    .map((u) => nameAt(u, before).name);
}

/**
 * For a unit merged into one that now carries the same name (the old Quảng Trị, code 45, into code 44,
 * named Quảng Trị since), the other units of that merger by their former names: ["Quảng Bình"].
 * Empty when the successor's name differs: then the successor's name says it all.
 */
export function mergedPartners(registry: UnitRegistry, s: Succession): string[] {
  if (s.since === undefined || placeName(s.now.name) !== placeName(s.was.name)) return [];
  const successor = unitByCode(registry, s.now.code);
  if (successor === undefined) return [];
  return mergedOn(registry, successor, s.since).filter((n) => placeName(n) !== placeName(s.was.name));
}

/** The unit's closing date or its last renaming between two dates: when the change took effect. */
function absorbedSince(registry: UnitRegistry, unit: Unit, was: string, now: string): string | undefined {
  const dates = registry.units
    .filter((u) => u.successor === unit.code && u.closed !== undefined && u.closed > was && u.closed <= now)
    .map((u) => u.closed!);
  return dates.sort().at(-1);
}

/**
 * What to say after a party's name about its province since the agreement was signed, as of `asOf`:
 * - it now answers to a unit of another name: " → TP. Hồ Chí Minh", with " (từ 01/7/2025)" in full;
 * - it kept its name and took others in (or was merged into a unit that took its name): nothing in a
 *   table, " (sáp nhập Quảng Bình, 01/7/2025)" in full;
 * - nothing changed, or the party names no unit: "".
 */
export function successionSuffix(
  registry: UnitRegistry | undefined,
  party: Party,
  agreement: { signed?: string },
  options: { asOf: string; lang: Lang; style: "table" | "full" },
): string {
  if (registry === undefined || party.unit === undefined) return "";
  const was = agreement.signed ?? options.asOf;
  const s = succession(registry, party, { was, now: options.asOf });
  if (s === undefined) return "";
  const m = messages(options.lang).parties;
  const date = (d: string) => shortDate(d, options.lang);
  const place = (name: string) => localPlace(name, options.lang);
  const before = place(s.was.name);
  const after = place(s.now.name);
  if (after !== before) {
    return options.style === "table" || s.since === undefined
      ? ` → ${after}`
      : ` → ${after} (${m.since({ date: date(s.since) })})`;
  }
  if (options.style === "table") return "";
  const successor = unitByCode(registry, s.now.code)!;
  const since = s.change === "merged" ? s.since : absorbedSince(registry, successor, was, options.asOf);
  if (since === undefined) return "";
  const others = mergedOn(registry, successor, since)
    .map(place)
    .filter((n) => n !== before);
  return others.length === 0 ? "" : ` (${m.mergedWith({ others: others.join(", "), date: date(since) })})`;
}

/** The current unit (code) a party answers to on `asOf`, if it names a unit. */
export function partyCurrentCode(
  registry: UnitRegistry,
  party: Party,
  agreement: { signed?: string },
  asOf: string,
): string | undefined {
  return party.unit === undefined
    ? undefined
    : succession(registry, party, { was: agreement.signed ?? asOf, now: asOf })?.now.code;
}

export interface UnitState {
  code: string;
  name: string;
  kind: UnitName["kind"];
  current: boolean;
  successor: string | null;
  since: string | null;
}

/** Every code as of a date: its name then, whether it is in use, and what took it over. */
export function unitsAsOf(registry: UnitRegistry, date: string): UnitState[] {
  return registry.units.map((u) => {
    const name = nameAt(u, date);
    const closed = u.closed !== undefined && u.closed <= date;
    return {
      code: u.code,
      name: name.name,
      kind: name.kind,
      current: !closed,
      successor: closed ? (u.successor ?? null) : null,
      since: closed ? u.closed! : (name.since ?? null),
    };
  });
}

/**
 * The agreement's parties with every short name settled: `short` when given, else the registry's name of
 * the party's unit as it was when the agreement was signed ("UBND tỉnh Bà Rịa - Vũng Tàu", unit 77 →
 * "Bà Rịa - Vũng Tàu"), else the short name made from its name. Views show these everywhere.
 */
export function withShortNames(
  registry: UnitRegistry | undefined,
  agreement: { signed?: string; parties: readonly Party[] },
  options: { asOf: string; lang: Lang },
): Party[] {
  const date = agreement.signed ?? options.asOf;
  return agreement.parties.map((party) => {
    if (party.short !== undefined && options.lang === "vi") return party;
    const unit = registry && party.unit !== undefined ? resolveUnit(registry, party.unit, date) : undefined;
    const own = typeof party.name !== "string" && party.name[options.lang] !== undefined;
    const short =
      unit && !own && (party.short === undefined || options.lang === "en")
        ? localPlace(nameAt(unit, date).name, options.lang)
        : shortName(party, options.lang);
    return { ...party, short };
  });
}
