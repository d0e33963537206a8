/** Refusals of filter options that name nothing in the agreements. */
export const filters = {
  didYouMean: (p: { suggestion: string }) => `; did you mean “${p.suggestion}”?`,
  unknownParty: (p: { party: string; hint: string; known: string }) =>
    `--party: no party has the id “${p.party}”${p.hint} (parties: ${p.known})`,
  unknownSector: (p: { sector: string; hint: string; known: string }) =>
    `--sector: no sector “${p.sector}”${p.hint} (sectors in use: ${p.known})`,
  unknownUnit: (p: { unit: string; hint: string }) =>
    `--unit: no provincial-level unit “${p.unit}”${p.hint} (mou units lists them)`,
};
