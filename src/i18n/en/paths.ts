type P = Readonly<Record<string, string | number>>;

const itemWords: Record<string, string> = {
  parties: "party",
  commitments: "commitment",
  goals: "goal",
  indicators: "indicator",
  reviews: "review",
  actuals: "value",
  history: "update",
  sources: "source",
  lead: "lead",
  support: "support",
  signatories: "signatory",
  representatives: "representative",
  sectors: "sector",
};

/** Places in an agreement named in words: "commitment 2 (commitments › 2) › status". */
export const paths = {
  /** Field names in words, by key or by `list.key` where a key means something else inside a list. */
  fields: {} as Readonly<Record<string, string>>,
  /** An item of a list by its own id (`id`, `numeric` when it is a number) or else by its place `n` from 1. */
  item: (p: P) => {
    const word = itemWords[p.list as string] ?? "item";
    if (p.id === undefined) return `${word} no. ${p.n}`;
    return p.numeric === 1 ? `${word} ${p.id}` : `${word} “${p.id}”`;
  },
  separator: " › ",
};
