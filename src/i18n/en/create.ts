/** `mou new`: its refusals and the comments of the skeleton it writes. */
export const create = {
  invalidId: (p: { id: string; suggestion: string }) =>
    `“${p.id}” cannot be an agreement id: use lowercase letters a-z, digits and single hyphens` +
    (p.suggestion ? `, e.g. ${p.suggestion}` : ", e.g. nghe-an-quang-ngai-2023"),
  partyForm: (p: { spec: string; example: string }) =>
    `--party must be id:name or id:name:type, e.g. --party "${p.example}", not “${p.spec}”`,
  partyType: (p: { spec: string; types: string }) =>
    `--party “${p.spec}”: say what kind of party it is, as id:name:type, with a type among ${p.types}`,
  needParty: 'give at least one party: --party "nghe-an:Tỉnh Nghệ An"',
  exists: (p: { file: string }) => `${p.file} already exists; mou new never overwrites a file`,
  idUsed: (p: { id: string; file: string }) => `the id “${p.id}” is already used by ${p.file}`,
  madeBy: "# Made by `mou new`. Record what the signed text says; leave out what it does not.",
  otherTitle: "  # vi: Tên tiếng Việt",
  whenSigned: "# signed: YYYY-MM-DD # when it is signed; then set status: active",
  effective: "if not the signing date",
  reviewRule: "if the text sets periodic reviews",
  commitments: "the numbered points",
  sources: "the documents and articles the facts come from",
};
