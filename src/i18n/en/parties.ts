/** How a party's province reads after the 2025 reorganisation. */
export const parties = {
  /** "→ Ho Chi Minh City (since 1 July 2025)": the unit now answers to another. */
  since: (p: { date: string }) => `since ${p.date}`,
  /** "(merged with Quảng Bình, 1 July 2025)": the unit kept its name and took others in. */
  mergedWith: (p: { others: string; date: string }) => `merged with ${p.others}, ${p.date}`,
};
