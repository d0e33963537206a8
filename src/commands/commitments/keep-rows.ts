import { detached } from "../../core/text/detached.js";
import type { CommitmentRow } from "../../core/views/commitments.js";

/**
 * Copies of commitment rows that own their strings (an agreement's strings are parts of its file's text,
 * which a kept slice would keep alive), with the strings that repeat from row to row — the agreement, its
 * file, agencies, sectors, statuses, dates — kept once: a folder of 50,000 agreements has as many rows.
 */
export class RowKeeper {
  private readonly seen = new Map<string, string>();

  private once(text: string): string {
    let kept = this.seen.get(text);
    if (kept === undefined) {
      kept = detached(text);
      this.seen.set(kept, kept);
    }
    return kept;
  }

  private maybe(text: string | null): string | null {
    return text === null ? null : this.once(text);
  }

  keep(row: CommitmentRow): CommitmentRow {
    return {
      agreement: this.once(row.agreement),
      id: this.once(row.id),
      title: detached(row.title),
      status: this.once(row.status) as CommitmentRow["status"],
      lead: row.lead.map((l) => ({ party: this.maybe(l.party), agency: this.maybe(l.agency) })),
      leadText: row.leadText.map((t) => this.once(t)),
      supportText: row.supportText.map((t) => this.once(t)),
      sectors: row.sectors.map((s) => this.once(s)),
      due: this.maybe(row.due),
      overdue: row.overdue,
      viaSupport: row.viaSupport,
      file: this.once(row.file),
    };
  }
}
