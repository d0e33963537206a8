/** The iCalendar file of `mou due --format ics`. */
export const calendar = {
  name: "Cooperation agreement reviews",
  summary: (p: { number: number; title: string }) => `Review no. ${p.number}: ${p.title}`,
  agreement: (p: { title: string; id: string }) => `Agreement: ${p.title} (${p.id})`,
  due: (p: { due: string; state: string }) => `Due: ${p.due} (${p.state})`,
  missed: (p: { numbers: string }) => `Missed reviews: ${p.numbers}`,
  alarm: (p: { number: number; title: string; due: string }) =>
    `Review no. ${p.number} of ${p.title} is due on ${p.due}`,
  empty: "mou: no reviews match; the calendar has no events",
};
