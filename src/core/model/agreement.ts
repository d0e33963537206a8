import type { Agreement, Commitment, Goal, Indicator, Party } from "../../generated/agreement.js";

export type {
  Actual,
  Agreement,
  Assignment,
  Commitment,
  Goal,
  HeldReview,
  Indicator,
  Party,
  ReviewRule,
  Source,
} from "../../generated/agreement.js";

export type AgreementStatus = NonNullable<Agreement["status"]>;
export type CommitmentStatus = NonNullable<Commitment["status"]>;

/** A valid agreement together with the file it was read from. */
export interface AgreementFile {
  file: string;
  agreement: Agreement;
}

export const statusOf = (agreement: Agreement): AgreementStatus => agreement.status ?? "active";

export const commitmentStatusOf = (commitment: Commitment): CommitmentStatus => commitment.status ?? "not-started";

/** Commitment ids may be written as integers; they are always compared and shown as text. */
export const commitmentId = (commitment: Commitment): string => String(commitment.id);

/** Goal and indicator ids, like commitment ids, may be written as integers and are compared as text. */
export const goalId = (goal: Goal): string => String(goal.id);
export const indicatorId = (indicator: Indicator): string => String(indicator.id);

/** The date from which the agreement counts: `effective`, else `signed`. */
export const startOf = (agreement: Agreement): string | undefined => agreement.effective ?? agreement.signed;

export const partyIds = (agreement: Agreement): string[] => agreement.parties.map((p: Party) => p.id);

/**
 * How much of each valid agreement a command keeps in memory: `validate` needs none of it, the schedule
 * commands (`due`, `list`, `check`) everything but the commitments and sources, the rest all of it.
 * Keeping less lets ten thousand files fit in little memory.
 */
export const retention = {
  none: () => undefined,
  schedule: ({ commitments: _c, goals: _g, sources: _s, notes: _n, document: _d, ...rest }: Agreement): Agreement =>
    rest,
  full: (a: Agreement): Agreement => a,
} satisfies Record<string, (a: Agreement) => Agreement | undefined>;

export type Retention = keyof typeof retention;

/**
 * Past its deadline and neither done nor dropped, in an agreement that is in force: the points of a draft
 * or of a suspended, expired or terminated agreement are owed to no one.
 */
export function commitmentOverdue(commitment: Commitment, agreement: Agreement, asOf: string): boolean {
  if (statusOf(agreement) !== "active") return false;
  const status = commitmentStatusOf(commitment);
  return commitment.due !== undefined && commitment.due < asOf && status !== "done" && status !== "dropped";
}
