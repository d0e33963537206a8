/** The limits that keep every date and period mou computes on the calendar (README, "Limits"). */
export const limits = {
  dateOutOfRange: (p: { option: string; value: string; first: string; last: string }) =>
    `${p.option} must be a date from ${p.first} to ${p.last}, not "${p.value}"`,
  durationTooLong: (p: { option: string; value: string }) =>
    `${p.option} must be at most a century (P100Y), not "${p.value}"`,
  reviewBeyondCalendar: (p: { number: number; count: number; last: string }) =>
    `review no. ${p.number} would fall after ${p.last}, the last date mou handles ` +
    `(the calendar has ${p.count} reviews up to then)`,
};
