const parts = (date: string) => date.split("-").map(Number) as [number, number, number];
const two = (n: number) => String(n).padStart(2, "0");

/** "ngày 24 tháng 7 năm 2025": a date in running Vietnamese text. */
export function vietnameseDate(date: string): string {
  const [y, m, d] = parts(date);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * "Quảng Ngãi, ngày 05 tháng 01 năm 2026": the place-and-date line of Decree 30/2020/NĐ-CP, which writes a
 * leading zero for days below 10 and for the months January and February.
 */
export function vietnameseDateLine(place: string, date: string): string {
  const [y, m, d] = parts(date);
  return `${place}, ngày ${d < 10 ? two(d) : d} tháng ${m <= 2 ? two(m) : m} năm ${y}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "24 July 2025". */
export function englishDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A date in figures as Vietnamese offices write it: "01/7/2025", "24/12/2023", "05/02/2026" — the same
 * leading zeros as the place-and-date line; "1 July 2025" in English.
 */
export function shortDate(date: string, lang: "vi" | "en"): string {
  if (lang === "en") return englishDate(date);
  const [y, m, d] = parts(date);
  return `${d < 10 ? two(d) : d}/${m <= 2 ? two(m) : m}/${y}`;
}
