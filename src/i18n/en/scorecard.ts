/** The portfolio scorecard: group names, column headers and what a row without a key stands for. */
export const scorecard = {
  total: "Total",
  none: {
    agreement: "",
    party: "no lead party",
    unit: "no provincial unit named",
    agency: "no lead named",
    sector: "no sector",
  },
};
