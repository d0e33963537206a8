import type { Lang } from "../../i18n/lang.js";
import type { Assignment, Party } from "../model/agreement.js";
import { localized } from "../text/localized.js";
import { countryName } from "./countries.js";
import { BODY, englishPlace, isVietnameseUnit, LEVEL, vietnameseName } from "./english.js";

const hasEnglishName = (party: Party): boolean => typeof party.name !== "string" && party.name.en !== undefined;

// "Ủy ban nhân dân tỉnh", "UBND thành phố", "Chính quyền tỉnh", then a bare "Tỉnh", "Thành phố", "TP.":
// what a Vietnamese reader drops when naming a province or city in a table.
const PREFIX = new RegExp(`^(?:${BODY}${LEVEL}|(?:Tỉnh|Thành phố|TP\\.)\\s+)`, "iu");

/** A trailing bracket that is an acronym ("(JICA)", "(AVSE Global)"), not a place ("(Lào)"). */
const ACRONYM = /\(((?:[A-ZĐ][A-ZĐ0-9&.-]+)(?:\s+[A-Z][A-Za-z0-9]*)*)\)\s*$/u;

// ", nước CHDCND Lào" or ", Lào" after a foreign province: the country, said in brackets instead.
const COUNTRY_SUFFIX = /,\s*(?:nước\s+)?(?:CHDCND\s+)?(Lào|Campuchia|Hàn Quốc|Nhật Bản|Trung Quốc|Thái Lan)\s*$/u;

/** Names that are also a person's name keep their "TP.": "TP. Hồ Chí Minh", never "Hồ Chí Minh". */
const KEEP_CITY_WORD = new Set(["Hồ Chí Minh"]);

/**
 * A place name as a Vietnamese reader writes it in a table: "Tỉnh Nghệ An", "UBND tỉnh Nghệ An" and
 * "Ủy ban nhân dân tỉnh Nghệ An" are all "Nghệ An"; "Thành phố Hồ Chí Minh" is "TP. Hồ Chí Minh".
 */
export function placeName(name: string): string {
  const bare = name.replace(PREFIX, "").trim();
  if (bare === "") return name.trim();
  return KEEP_CITY_WORD.has(bare) ? `TP. ${bare}` : bare;
}

/**
 * A party's short name for tables and running text: its own `short` always; else the acronym in a
 * trailing bracket ("… (JICA)" → "JICA"); else the name without its administrative prefix, with the
 * country in brackets for a foreign partner when the country helps ("Attapeu (Lào)").
 */
export function shortName(party: Party, lang: Lang = "vi"): string {
  if (lang === "en" && isVietnameseUnit(party) && !hasEnglishName(party)) {
    const place = party.short ?? placeName(vietnameseName(party));
    return /[,(]/u.test(place) ? place : englishPlace(place);
  }
  if (party.short !== undefined) return party.short;
  const written = typeof party.name === "string" ? party.name : localized(party.name, lang);
  const acronym = ACRONYM.exec(written)?.[1];
  if (acronym !== undefined) return acronym;
  let name = written.trim();
  let country: string | undefined;
  const suffix = COUNTRY_SUFFIX.exec(name);
  if (suffix) {
    country = suffix[1];
    name = name.slice(0, suffix.index).trim();
  }
  name = placeName(name);
  if (country === undefined && party.country !== undefined && party.country !== "VN") {
    country = countryName(party.country, lang);
  }
  if (country !== undefined && !name.includes(`(${country})`)) name = `${name} (${country})`;
  return name;
}

/** "Thái Thanh Quý, Bí thư Tỉnh ủy": a person with the role they held, if known. */
export const personText = (person: { name: string; role?: string }): string =>
  person.role ? `${person.name}, ${person.role}` : person.name;

/**
 * An assignment as text: "Nghệ An – Sở Kế hoạch và Đầu tư", the party's short name or the agency alone.
 * Tables and documents use the same short names as every other view.
 */
export function assignmentText(assignment: Assignment, parties: readonly Party[], lang: Lang = "vi"): string {
  const party = assignment.party === undefined ? undefined : partyById(parties).get(assignment.party);
  const name = party === undefined ? assignment.party : shortName(party, lang);
  return [name, assignment.agency].filter((s) => s !== undefined).join(" – ");
}

/**
 * The parties of an agreement by id (the first of each), built once per list: looking each assignment's party
 * up in the list would make a file of many parties and many points slow with the square of its size.
 */
const byId = new WeakMap<readonly Party[], Map<string, Party>>();
export function partyById(parties: readonly Party[]): Map<string, Party> {
  let index = byId.get(parties);
  if (index === undefined) {
    index = new Map();
    for (const p of parties) if (!index.has(p.id)) index.set(p.id, p);
    byId.set(parties, index);
  }
  return index;
}
