type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;

/** Edits of agreement files: why one cannot be made, and what was not written. */
export const edit = {
  notReadable: (p: P) => `${p.file}: the file is not readable UTF-8 text; fix it first (mou validate)`,
  invalidResult: "mou: not written: the result would be invalid",
  changedOnDisk: (p: P) =>
    `mou: not written: ${p.file} changed on disk while it was being edited; run the command again`,
  yamlErrors: (p: P) => `the file has YAML errors: ${p.detail}`,
  notMap: "the file is not a YAML map",
  notSingle: (p: P) => `${q(p.key)} is not a single value`,
  notList: (p: P) => `${q(p.key)} is not a list`,
  noCommitment: (p: P) =>
    `no commitment ${q(p.id)}${p.known ? ` (there are ${p.known})` : ""}` +
    (p.suggestion === undefined ? "" : `; did you mean ${q(p.suggestion)}?`),
  noIndicator: (p: P) => `no indicator ${q(p.indicator)} in commitment ${q(p.id)}`,
};
