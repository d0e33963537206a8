import { englishDate } from "../../core/text/date-text.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The agenda command: why a programme cannot be made, and the notes it prints about its choices. */
export const agenda = {
  noParty: (p: { id: string; ids: string[] }) => `no party "${p.id}" in this agreement (${p.ids.join(", ")})`,
  noNextReview: "the agreement has no next review (it is not active, or expires first); choose one with --review",
  noSchedule: "the agreement states no review schedule; give the meeting date with --date",
  pastDate: (p: { number: number; due: string; days: number }) =>
    `review no. ${p.number} fell due on ${englishDate(p.due)}, ${plural(p.days, "day", "days")} ago; ` +
    "give the date the meeting will be held with --date YYYY-MM-DD",
  notProvince: (p: { name: string; missing: string[] }) =>
    `the host "${p.name}" is not a Vietnamese province or city in use on the meeting date: give ` +
    `${p.missing.map((m) => `--${m}`).join(" and ")}, or state ${p.missing.join(" and ")} on the party in the file`,
  badTimes: (p: { value: string }) =>
    `--times must be start times HH:MM in order, separated by commas (at most 8), not "${p.value}"`,
  noSigner: "note: the signer's name is left blank; give it with --signer",
  subject: (p: { number: number }) => `Programme of review meeting no. ${p.number}`,
};
