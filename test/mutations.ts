import fc from "fast-check";

// Random damage to a valid file: the kinds of edits people, editors and tools make by mistake, and the
// characters YAML parsers are known to disagree on. Shared by the fuzz and the differential tests.

const encode = (s: string) => new TextEncoder().encode(s);

const snippets = [
  ": ",
  "- ",
  "\n",
  "\r",
  "\r\n",
  "\t",
  "  ",
  " ",
  "[",
  "{",
  "}",
  "]",
  ",",
  "]#x",
  "}#x",
  '"#x',
  " #x",
  "#",
  "&a ",
  "*a",
  "!x ",
  "!!str ",
  "? ",
  "<<: ",
  '"',
  "'",
  "|\n",
  ">-\n",
  "|2\n",
  "\n---\n",
  "\n...\n",
  "\n... x\n",
  "---",
  "%YAML 1.2\n",
  "id: x\n",
  "~",
  "\u0000",
  "\u001b[2J",
  "\u0085",
  "\u2028",
  "\ufeff",
  "\\",
  "\\u00e9",
].map(encode);

const keys = ["idd", "titel", "kind", "signed", "due", "status", "__proto__", "constructor", "<<", "? x", '"id"'];
const values = [
  "[]",
  "{}",
  "123",
  "true",
  "null",
  "~",
  "2023-02-30",
  "P0Y",
  '""',
  "[a,",
  "{a: 1",
  "0x1F",
  ".nan",
  "1e3",
];

export interface Mutation {
  op:
    | "truncate"
    | "insert"
    | "insert-text"
    | "delete"
    | "duplicate-line"
    | "join-lines"
    | "rename-key"
    | "retype"
    | "indent";
  at: number;
  bytes: Uint8Array;
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat(), bytes: fc.constant(new Uint8Array()) }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  {
    arbitrary: fc.record({
      op: fc.constant("insert-text" as const),
      at: fc.nat(),
      bytes: fc.constantFrom(...snippets),
    }),
    weight: 4,
  },
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), bytes: fc.constant(new Uint8Array()) }),
  fc.record({ op: fc.constant("duplicate-line" as const), at: fc.nat(), bytes: fc.constant(new Uint8Array()) }),
  fc.record({ op: fc.constant("join-lines" as const), at: fc.nat(), bytes: fc.constant(new Uint8Array()) }),
  fc.record({ op: fc.constant("rename-key" as const), at: fc.nat(), bytes: fc.constantFrom(...keys.map(encode)) }),
  fc.record({ op: fc.constant("retype" as const), at: fc.nat(), bytes: fc.constantFrom(...values.map(encode)) }),
  fc.record({
    op: fc.constant("indent" as const),
    at: fc.nat(),
    bytes: fc.constantFrom(..." |  |\t| - |".split("|").map(encode)),
  }),
);

/** Applies mutations in turn; lines are edited as Latin-1 so that any byte survives. */
export function applyMutations(source: Uint8Array, edits: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(source);
  for (const { op, at, bytes: extra } of edits) {
    const i = at % (bytes.length + 1);
    const lines = bytes.toString("latin1").split("\n");
    const line = at % lines.length;
    const text = Buffer.from(extra).toString("latin1");
    const withLines = (next: string[]) => Buffer.from(next.join("\n"), "latin1");
    if (op === "truncate") bytes = bytes.subarray(0, i);
    else if (op === "insert" || op === "insert-text")
      bytes = Buffer.concat([bytes.subarray(0, i), extra, bytes.subarray(i)]);
    else if (op === "delete")
      bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(Math.min(bytes.length, i + 1 + (at % 40)))]);
    else if (op === "duplicate-line")
      bytes = withLines([...lines.slice(0, line + 1), lines[line]!, ...lines.slice(line + 1)]);
    else if (op === "join-lines")
      bytes = withLines([
        ...lines.slice(0, line),
        `${lines[line]} ${(lines[line + 1] ?? "").trimStart()}`,
        ...lines.slice(line + 2),
      ]);
    else if (op === "rename-key")
      bytes = withLines(lines.map((l, k) => (k === line ? l.replace(/^(\s*-?\s*)[^:\s]+:/, `$1${text}:`) : l)));
    else if (op === "retype")
      bytes = withLines(lines.map((l, k) => (k === line ? l.replace(/:\s.*$/, `: ${text}`) : l)));
    else bytes = withLines(lines.map((l, k) => (k === line ? text + l.trimStart() : l)));
  }
  return bytes;
}

/** One to four mutations, as a function of the source bytes. */
export const mutations: fc.Arbitrary<(source: Uint8Array) => Uint8Array> = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((edits) =>
    Object.assign((source: Uint8Array) => applyMutations(source, edits), {
      toString: () => JSON.stringify(edits.map((e) => ({ ...e, bytes: Buffer.from(e.bytes).toString("latin1") }))),
    }),
  );
