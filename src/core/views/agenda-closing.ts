import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Party } from "../model/agreement.js";
import { partyName } from "../parties/english.js";
import { type Issuing, placeName, type UnitOnDate, unitOnDate, unitPhrase } from "../parties/issuer.js";
import type { UnitRegistry } from "../parties/units.js";
import { fold } from "../text/fold.js";

export type SignerRole = "chair" | "vice-chair";
export const signerRoles: readonly SignerRole[] = ["chair", "vice-chair"];

/** The signature block: the authority lines in capitals ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", …) and the name. */
export interface Signature {
  authority: string[];
  /** The signer's name; absent when nobody is known, and the block leaves room for it. */
  signer?: string;
}

/** "Phó Chủ tịch UBND tỉnh" → vice-chair, "Chủ tịch Ủy ban nhân dân tỉnh" → chair; any other role → none. */
export function committeeRole(role: string | undefined): SignerRole | undefined {
  for (const part of fold(role ?? "").split(",")) {
    const m = /^(pho )?chu tich( thuong truc)? (ubnd|uy ban nhan dan)\b/.exec(part.trim());
    if (m) return m[1] ? "vice-chair" : "chair";
  }
  return undefined;
}

/**
 * Who signs for the host: `--signer` (and `--signer-role`), else the first of the host's signatories and
 * representatives who chairs or vice-chairs its People's Committee. A vice-chair signs "KT. CHỦ TỊCH"
 * (for the chair), the default when nobody is known; a People's Committee signs as a collective ("TM.").
 */
export function signatureOf(
  host: Party,
  issuing: Pick<Issuing, "committee">,
  options: { lang: Lang; signer?: string; role?: SignerRole },
): Signature {
  const people = [...(host.signatories ?? []), ...(host.representatives ?? [])];
  const known = issuing.committee ? people.find((p) => committeeRole(p.role) !== undefined) : undefined;
  const signer = options.signer ?? known?.name;
  const role = options.role ?? (options.signer === undefined ? committeeRole(known?.role) : undefined) ?? "vice-chair";
  const s = messages(options.lang).documents.signature;
  const lines = role === "chair" ? [s.chair] : [s.forChair, s.viceChair];
  return { authority: issuing.committee ? [s.collective, ...lines] : lines, ...(signer ? { signer } : {}) };
}

/** Past this many People's Committees, the recipients name them on one line ("UBND các tỉnh: A, B, …"). */
const GROUP_FROM = 4;

/**
 * "Nơi nhận": the other parties — each province or city as the People's Committee that answers for it on
 * the date, once even when several merged into it, the host's own unit left out — then the departments
 * and the office's archive copy.
 */
export function recipientsOf(
  registry: UnitRegistry,
  parties: readonly Party[],
  host: Party,
  options: { lang: Lang; agreementDate: string; date: string; hostUnit?: UnitOnDate },
): string[] {
  const { recipients } = messages(options.lang).documents;
  const units: UnitOnDate[] = [];
  const others: string[] = [];
  const seen = new Set(options.hostUnit ? [options.hostUnit.code] : []);
  for (const party of parties) {
    if (party === host) continue;
    const unit = unitOnDate(registry, party, { agreement: options.agreementDate, on: options.date });
    if (unit === undefined) others.push(partyName(party, options.lang));
    else if (!seen.has(unit.code)) {
      seen.add(unit.code);
      units.push(unit);
    }
  }
  const committees =
    units.length >= GROUP_FROM
      ? [
          recipients.committees({
            names: units.map((u) => (options.lang === "vi" ? placeName(u, "vi") : unitPhrase(u, options.lang))),
            cities: units.some((u) => u.kind === "city"),
          }),
        ]
      : units.map((u) => recipients.committee({ name: unitPhrase(u, options.lang) }));
  return [...committees, ...others, recipients.departments, recipients.archive];
}
