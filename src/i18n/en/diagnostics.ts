import { shortDate } from "../../core/text/date-text.js";
import { labels } from "./labels.js";

/** Values a diagnostic carries into its message. */
type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; did you mean ${q(p.suggestion)}?`);
const on = (p: P) => shortDate(String(p.since), "en");
const days = (n: string | number | undefined) => `${n} ${n === 1 ? "day" : "days"}`;

/** Words for the JSON types a value may have, and for the schema's definitions. */
const types: Record<string, string> = {
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a map of keys and values",
  null: "empty",
  // YAML reads .inf and .nan as numbers; JSON Schema does not count them as numbers.
  infinite: "an infinite or undefined number (.inf, .nan)",
  date: "a date written YYYY-MM-DD",
  duration: "a duration such as P2Y",
  text: "text or a map {vi, en}",
};
const typeWords = (list: string | number | undefined): string =>
  String(list ?? "")
    .split(",")
    .map((t) => types[t] ?? t)
    .join(" or ");

/** The allowed values of an enum, each with its label where the catalogue has one. */
const allowedWords = (p: P): string => {
  const table: Record<string, string> | undefined = labels[p.labels as keyof typeof labels] as
    | Record<string, string>
    | undefined;
  return String(p.allowed)
    .split(", ")
    .map((code) =>
      table && typeof table[code] === "string" && table[code] !== code ? `${code} (${table[code]})` : code,
    )
    .join(", ");
};

/** What each kind of YAML syntax error means, and what to do about it. */
const syntax: Record<string, (p: P) => string> = {
  tab: () => "a tab is used for indentation; indent with spaces, not the Tab key",
  colon: (p) =>
    `the value of ${q(p.key)} holds a colon, which YAML reads as the start of a new key; put the value in ` +
    `double quotes: ${p.key}: "…"`,
  "map-indent": () => "bad indentation: keys of the same map must start in the same column",
  "list-indent": () => "bad indentation: the items of a list (lines starting “- ”) must start in the same column",
  "double-quote": () => "this double quote is never closed; add the closing quote at the end of the value",
  "single-quote": () => "this single quote is never closed; add the closing quote at the end of the value",
  bracket: () => "a [ or { is never closed; add the matching ] or }",
  comma: () => "a comma is missing between the items in [ ] or { }",
  "missing-colon": () => "a colon is missing after the key (write key: value)",
  "space-after-colon": () => "a space is needed after the colon (write status: done)",
  "multiline-key": () =>
    "this line is not a key: value pair; if a value runs over several lines, put it in double quotes",
  "extra-content": () =>
    "something follows a value that has ended (often a wrong indentation, or a quote closed in mid-line)",
  "second-document": () => "the file holds a second YAML document; remove the second “---” or split the file",
  escape: () => "unknown escape after \\ in double quotes; write \\\\ for a backslash, or use single quotes",
  "unknown-alias": () => "the alias refers to an anchor (&name) that is not defined before it",
  "collection-key": () => "a key must be a single value, not a list or a map",
  "tight-comment": () => "a comment needs a space before #",
  circular: () => "an alias refers to a collection that contains it",
};

const warnings: Record<string, (p: P) => string> = {
  tag: (p) => `the tag ${p.tag} is ignored`,
  "deficient-indentation": () => "the lines of this value are indented less than their key",
};

/** Every diagnostic, by its stable code. The code is the contract; the wording may improve over time. */
export const diagnostics = {
  "file/unreadable": (p: P) => `cannot read the file: ${p.reason}`,
  "file/too-large": (p: P) => `the file is ${p.size} bytes; agreement files are limited to ${p.limit} bytes`,
  "file/empty": () => "the file is empty (it holds no YAML content, at most comments)",
  "file/binary": () => "the file is binary, not YAML text (it holds NUL bytes)",
  "file/utf16": (p: P) =>
    p.bom === 0
      ? `the file is encoded in ${p.encoding} without a byte order mark; save it as UTF-8`
      : `the file is encoded in ${p.encoding}; save it as UTF-8`,
  "file/not-utf8": (p: P) =>
    `the file is not valid UTF-8 (byte 0x${p.byte} at offset ${p.offset})` +
    (p.guess
      ? `; it looks like ${p.guess}: convert it to Unicode (for example with Unikey's converter) and save it as UTF-8`
      : "; save it as UTF-8"),
  "file/control-character": (p: P) =>
    p.char === "U+FEFF"
      ? "the file starts with a second byte order mark (U+FEFF); remove it"
      : p.char === "U+000D"
        ? "a carriage return (U+000D) without a line feed after it; save the file with LF or CRLF line ends"
        : `the file holds the control character ${p.char}, which YAML allows only as an escape ` +
          "in double quotes; remove it",
  "file/too-many-problems": (p: P) =>
    `${p.about ? "about " : ""}${p.count} more problems from here on are not shown ` +
    `(mou reports the first ${p.shown} of a file)`,
  "yaml/syntax": (p: P) => {
    const explain = syntax[p.kind as string];
    return explain ? `YAML syntax error: ${explain(p)}` : `YAML syntax error: ${p.detail}`;
  },
  "yaml/duplicate-key": (p: P) => `the key ${q(p.key)} appears twice in the same map; remove or merge one of them`,
  "yaml/alias-limit": (p: P) =>
    `too many alias expansions (limit ${p.limit}); the file may be a resource-exhaustion attack`,
  "yaml/too-deep": (p: P) => `the YAML is nested too deeply (limit ${p.limit} levels)`,
  "yaml/warning": (p: P) => {
    const explain = warnings[p.kind as string];
    return explain ? `YAML: ${explain(p)}` : `YAML: ${p.detail}`;
  },
  "schema/unknown-key": (p: P) =>
    `unknown key ${q(p.key)}${p.suggestion === undefined ? " (mou schema lists the keys)" : hint(p)}`,
  "schema/required": (p: P) =>
    p.where === "" && p.field === "signed"
      ? `${p.key} is required unless the agreement is a draft (status: draft)`
      : `${p.key} is required`,
  "schema/type": (p: P) =>
    `${p.key || "the top level of the file"} must be ${typeWords(p.expected)}` +
    (p.actual ? `, not ${typeWords(p.actual)}` : ""),
  "schema/enum": (p: P) =>
    p.word === 1
      ? `write ${q(p.value)} as its code: ${p.field}: ${p.suggestion}`
      : `${p.key}: ${q(p.value)} is not one of the allowed values ${allowedWords(p)}${hint(p)}`,
  "schema/date": (p: P) =>
    p.suggestion === undefined
      ? `${q(p.value)} is not a calendar date written YYYY-MM-DD`
      : `${q(p.value)} is not written YYYY-MM-DD; write ${p.suggestion}`,
  "schema/date-range": (p: P) => `${q(p.value)} is outside the dates mou handles, ${p.first} to ${p.last}`,
  "schema/duration": (p: P) => `${q(p.value)} is not a duration greater than zero such as P2Y, P6M, P4W or P90D`,
  "schema/id-format": (p: P) =>
    p.suggestion === undefined
      ? `${q(p.value)} is not a valid identifier: use lowercase letters a-z, digits and single hyphens, e.g. nghe-an`
      : `write the sector ${q(p.value)} as its code: ${p.suggestion}`,
  "schema/empty": (p: P) => `${p.key} must not be empty`,
  "schema/uri": (p: P) => `${q(p.value)} is not a web address (URI)`,
  "schema/pattern": (p: P) => `${q(p.value)} is not a valid ${p.key} (it must not contain spaces)`,
  "schema/invalid": (p: P) => `${p.key} is invalid: ${p.detail}`,
  "schema/range": (p: P) => `${p.value} is out of range: values must lie between -10^15 and 10^15`,
  "rule/id-mismatch": (p: P) =>
    `the id ${q(p.id)} differs from the file name; name the file ${p.expected} or set id: ${p.stem}`,
  "rule/duplicate-agreement-id": (p: P) => `the agreement id ${q(p.id)} is already used by ${p.other}`,
  "rule/duplicate-party-id": (p: P) => `the party id ${q(p.id)} is used twice in this file (first by ${p.first})`,
  "rule/duplicate-commitment-id": (p: P) =>
    `the commitment id ${q(p.id)} is used twice in this file (first by ${p.first})`,
  "rule/unknown-party": (p: P) => `${q(p.party)} is not one of the parties (${p.known})${hint(p)}`,
  "rule/expires-before-signed": (p: P) => `expires ${p.expires} is before signed ${p.signed}`,
  "rule/review-before-effective": (p: P) =>
    `the review of ${p.date} is before the agreement took effect on ${p.effective}`,
  "rule/review-after-as-of": (p: P) =>
    `the review of ${p.date} is after ${p.asOf}: only reviews already held are recorded`,
  "rule/covers-below-1": (p: P) => `covers is ${p.covers}; review numbers start at 1`,
  "rule/covers-too-high": (p: P) =>
    `covers is ${p.covers}, but the review calendar has ${p.count} reviews up to ${p.last}, the last date mou ` +
    "handles",
  "rule/duration-too-long": (p: P) => `${q(p.value)} is longer than a century (P100Y), the longest period mou accepts`,
  "rule/expired-active": (p: P) =>
    `the agreement expired on ${p.expires} but its status is still active; if it has ended, set status: expired`,
  "rule/commitment-overdue": (p: P) =>
    `commitment ${q(p.id)} was due on ${p.due} and is ` +
    `${labels.commitmentStatus[p.status as keyof typeof labels.commitmentStatus] ?? p.status}`,
  "review/overdue": (p: P) => `review no. ${p.number} was due on ${p.due}, ${days(p.ago)} ago`,
  "review/due-soon": (p: P) =>
    `review no. ${p.number} is due on ${p.due}, ${p.days === 0 ? "today" : `in ${days(p.days)}`}`,
  "review/missed": (p: P) =>
    `scheduled ${/[,–]/.test(String(p.numbers)) ? "reviews" : "review"} no. ${p.numbers} never held`,
  "rule/unknown-unit": (p: P) =>
    `${q(p.unit)} is not a provincial-level unit: use its two-digit code or its name as a ` +
    `slug (see mou units)${hint(p)}`,
  "rule/unit-succeeded": (p: P) =>
    p.change === "renamed"
      ? `${p.was} has been ${p.now} since ${on(p)}`
      : p.others
        ? `${p.was} (code ${p.wasCode}) was merged with ${p.others} into ${p.now} (code ${p.nowCode}) on ${on(p)}`
        : `${p.was} (code ${p.wasCode}) has been part of ${p.now} (code ${p.nowCode}) since ${on(p)}`,
  "rule/unknown-country": (p: P) =>
    `${q(p.country)} is not an ISO 3166-1 country code; write two capital letters such as LA, KR or JP`,
  "rule/parties-merged": (p: P) => `all parties now belong to ${p.now}; the agreement may need to be closed`,
  "rule/duplicate-goal-id": (p: P) => `the goal id ${q(p.id)} is used twice in this file (first by ${p.first})`,
  "rule/unknown-goal": (p: P) =>
    p.known === ""
      ? `${q(p.goal)} is not a goal: the file has no goals`
      : `${q(p.goal)} is not one of the goals (${p.known})${hint(p)}`,
  "rule/goal-cycle": (p: P) => `goal ${q(p.id)} is its own ancestor (${p.chain}): the parents go round in a circle`,
  "rule/duplicate-indicator-id": (p: P) =>
    `the indicator id ${q(p.id)} is used twice in commitment ${q(p.commitment)} (first by ${p.first})`,
  "rule/indicator-direction": (p: P) =>
    `the target ${p.target} is ${p.direction === "increase" ? "below" : "above"} the baseline ${p.baseline}, ` +
    `but the indicator should ${p.direction}; ` +
    `set direction: ${p.direction === "increase" ? "decrease" : "increase"} or fix the values`,
  "rule/target-before-baseline": (p: P) => `the target date ${p.by} is not after the baseline date ${p.date}`,
  "rule/actual-before-baseline": (p: P) => `the value of ${p.date} is dated before the baseline of ${p.baseline}`,
  "rule/actual-after-as-of": (p: P) =>
    `the value of ${p.date} is dated after ${p.asOf}: only values already measured are recorded`,
  "rule/duplicate-actual-date": (p: P) => `indicator ${q(p.id)} has two values dated ${p.date} (first by ${p.first})`,
};
