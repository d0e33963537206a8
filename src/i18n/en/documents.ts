import { englishDate } from "../../core/text/date-text.js";

/** The fixed texts of an administrative document laid out after Decree 30/2020/NĐ-CP, in English. */
export const documents = {
  nationalTitle: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  /** The number line before the number is given: the office's clerk fills in the number on issuing. */
  number: (p: { symbol: string }) => `No.: \u00a0\u00a0\u00a0\u00a0\u00a0/${p.symbol}`,
  dateLine: (p: { place: string; date: string }) => `${p.place}, ${englishDate(p.date)}`,
  type: { programme: "PROGRAMME", report: "REPORT" },
  peoplesCommittee: "PEOPLE'S COMMITTEE",
  /** The second line of a People's Committee's name, from the unit's English name: "OF NGHE AN PROVINCE". */
  unitLine: (p: { kind: "province" | "city"; name: string }) => `OF ${p.name.toLocaleUpperCase("en")}`,
  signature: {
    collective: "ON BEHALF OF THE PEOPLE'S COMMITTEE",
    chair: "CHAIR",
    forChair: "FOR THE CHAIR",
    viceChair: "VICE CHAIR",
  },
  recipients: {
    label: "Recipients:",
    committee: (p: { name: string }) => `People's Committee of ${p.name}`,
    committees: (p: { names: string[]; cities: boolean }) => `People's Committees of ${p.names.join(", ")}`,
    departments: "Relevant departments and agencies",
    archive: "Archive: Records Office (VT)",
  },
};
