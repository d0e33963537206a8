import type { Agreement, Commitment } from "../../generated/agreement.js";

// The names the command line offers as choices. They live here, apart from the code that uses them, so
// that parsing arguments loads nothing heavy; a test checks them against the schema's enums.

export const reviewStates = ["overdue", "due-soon", "scheduled"] as const;
export type ReviewState = (typeof reviewStates)[number];

export const failOnStates = ["overdue", "due-soon"] as const satisfies readonly ReviewState[];
export type FailOn = (typeof failOnStates)[number];

export const commitmentStatuses = [
  "not-started",
  "in-progress",
  "done",
  "stalled",
  "dropped",
] as const satisfies readonly NonNullable<Commitment["status"]>[];

export const agreementKinds = [
  "mou",
  "cooperation-programme",
  "project",
  "partnership",
] as const satisfies readonly Agreement["kind"][];

export const agreementStatuses = [
  "draft",
  "active",
  "suspended",
  "expired",
  "terminated",
] as const satisfies readonly NonNullable<Agreement["status"]>[];

export const partyTypes = [
  "province",
  "city",
  "agency",
  "organisation",
  "foreign-agency",
  "foreign-province",
  "foreign-city",
] as const satisfies readonly NonNullable<NonNullable<Agreement["parties"][number]["type"]>>[];
