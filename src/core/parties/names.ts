import type { Assignment, Party } from "../model/agreement.js";

/**
 * A short name for tables: the party's own `short`, else the acronym in brackets when the name ends with
 * one ("… (JICA)" → "JICA"), else the name without a leading "Tỉnh" or "Thành phố".
 */
export function shortName(party: Party): string {
  if (party.short !== undefined) return party.short;
  const acronym = /\(([^()]+)\)\s*$/.exec(party.name)?.[1];
  if (acronym !== undefined) return acronym.trim();
  return party.name.replace(/^(Tỉnh|Thành phố|TP\.)\s+/u, "");
}

/** "Thái Thanh Quý, Bí thư Tỉnh ủy": a person with the role they held, if known. */
export const personText = (person: { name: string; role?: string }): string =>
  person.role ? `${person.name}, ${person.role}` : person.name;

/** An assignment as text: "Tỉnh Nghệ An – Sở Kế hoạch và Đầu tư", the party's name or the agency alone. */
export function assignmentText(assignment: Assignment, parties: readonly Party[]): string {
  const party = assignment.party === undefined ? undefined : partyById(parties).get(assignment.party);
  const name = party?.name ?? assignment.party;
  return [name, assignment.agency].filter((s) => s !== undefined).join(" – ");
}

/**
 * The parties of an agreement by id, built once per list: looking each assignment's party up in the list
 * would make a file of many parties and many points slow with the square of its size.
 */
const byId = new WeakMap<readonly Party[], Map<string, Party>>();
function partyById(parties: readonly Party[]): Map<string, Party> {
  let index = byId.get(parties);
  if (index === undefined) {
    index = new Map();
    for (const p of parties) if (!index.has(p.id)) index.set(p.id, p);
    byId.set(parties, index);
  }
  return index;
}
