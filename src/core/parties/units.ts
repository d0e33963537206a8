import type { Unit, UnitRegistry } from "../../generated/units.js";
import type { Party } from "../model/agreement.js";
import { fold } from "../text/fold.js";

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

/** "(nay thuộc Thành phố Hồ Chí Minh)" / "(now part of …)" after a party's name, or "" when nothing changed. */
export function successionNote(s: Succession | undefined, lang: "vi" | "en"): string {
  if (s === undefined || s.change === "same") return "";
  // The new Quảng Trị took over the old one's name: the code tells them apart.
  const now = s.now.name === s.was.name ? `${s.now.name}, ${lang === "vi" ? "mã" : "code"} ${s.now.code}` : s.now.name;
  if (s.change === "merged") return lang === "vi" ? ` (nay thuộc ${now})` : ` (now part of ${now})`;
  return lang === "vi" ? ` (nay là ${s.now.name})` : ` (now ${s.now.name})`;
}

/** The note to print after a party's name as of `asOf` ("" when its unit did not change, or none is named). */
export function partyNote(
  registry: UnitRegistry | undefined,
  party: Party,
  agreement: { signed?: string },
  asOf: string,
  lang: "vi" | "en",
): string {
  if (registry === undefined) return "";
  return successionNote(succession(registry, party, { was: agreement.signed ?? asOf, now: asOf }), lang);
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
