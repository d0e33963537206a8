import type { AgreementFile } from "../core/model/agreement.js";
import { detached } from "../core/text/detached.js";
import { closestMatch } from "../core/validation/suggest.js";
import type { CommitmentFilter } from "../core/views/commitments.js";
import { UsageError } from "../errors.js";
import { knownSectors, messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { unknownAgreement } from "./find.js";

/** What the agreements read so far name: ids, parties and sectors, for checking a filter against them. */
export class FilterNames {
  readonly ids: string[] = [];
  private readonly parties = new Set<string>();
  private readonly sectors = new Set<string>();

  /** Copies of the names are kept: the agreement's own strings may be parts of its file's text. */
  add({ agreement }: AgreementFile): void {
    this.ids.push(detached(agreement.id));
    for (const p of agreement.parties) if (!this.parties.has(p.id)) this.parties.add(detached(p.id));
    for (const c of agreement.commitments ?? [])
      for (const s of c.sectors ?? []) if (!this.sectors.has(s)) this.sectors.add(detached(s));
  }

  /**
   * A usage error for an --agreement, --party or --sector that names nothing in the agreements, with the
   * closest match and the names in use: a typo must not pass as "no commitments".
   */
  check(filter: CommitmentFilter, lang: Lang): void {
    if (filter.agreement !== undefined && !this.ids.includes(filter.agreement))
      throw unknownAgreement(filter.agreement, this.ids, lang);
    const m = messages(lang).filters;
    const hint = (word: string, known: readonly string[]) => {
      const suggestion = closestMatch(word, known);
      return suggestion === undefined ? "" : m.didYouMean({ suggestion });
    };
    if (filter.party !== undefined && !this.parties.has(filter.party)) {
      const known = [...this.parties].sort();
      throw new UsageError(
        m.unknownParty({ party: filter.party, hint: hint(filter.party, known), known: known.join(", ") }),
      );
    }
    if (filter.sector !== undefined && !this.sectors.has(filter.sector)) {
      const known = [...this.sectors].sort();
      const hinted = hint(filter.sector, [...known, ...knownSectors()]);
      throw new UsageError(m.unknownSector({ sector: filter.sector, hint: hinted, known: known.join(", ") }));
    }
  }
}
