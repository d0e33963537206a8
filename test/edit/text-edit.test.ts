import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { addReview, setCommitment } from "../../src/edit/edits.js";
import { scalarText } from "../../src/edit/scalar.js";
import type { EditError } from "../../src/edit/text-edit.js";
import { checkYaml, root } from "../helpers.js";

const original = readFileSync(join(root, "test", "fixtures", "edit", "commented.yaml"), "utf8");

/** The lines of `after` that are not in `before`, and the lines of `before` missing from `after`, in order. */
function lineChanges(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  // Longest common subsequence, enough for files of this size.
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  return { added: [...added, ...b.slice(j)], removed: [...removed, ...a.slice(i)] };
}

const valid = (text: string, asOf = "2026-01-01") =>
  expect(checkYaml(text, "commented.yaml", asOf).diagnostics.filter((d) => d.severity === "error")).toEqual([]);

describe("review add on a heavily commented file", () => {
  it("turns `reviews: []` into a block list and adds only the review's lines", () => {
    const after = addReview(original, { date: "2022-03-20", summary: "Kỳ 1: tốt" });
    expect(lineChanges(original, after)).toEqual({
      removed: ["reviews: []         # none held yet"],
      added: ["reviews: # none held yet", "  - date: 2022-03-20", '    summary: "Kỳ 1: tốt"'],
    });
    valid(after);
  });

  it("appends to an existing block list at its indentation", () => {
    const once = addReview(original, { date: "2022-03-20" });
    const twice = addReview(once, { date: "2023-03-18", kind: "scheduled", covers: 2, place: "Tỉnh B" });
    expect(lineChanges(once, twice)).toEqual({
      removed: [],
      added: ["  - date: 2023-03-18", "    kind: scheduled", "    covers: 2", "    place: Tỉnh B"],
    });
    valid(twice);
  });

  it("appends to a non-empty flow list inside its brackets", () => {
    const flow = original.replace("reviews: []         # none held yet", "reviews: [{date: 2022-03-20}]   # flow");
    const after = addReview(flow, { date: "2023-03-18", summary: "a, b" });
    expect(lineChanges(flow, after)).toEqual({
      removed: ["reviews: [{date: 2022-03-20}]   # flow"],
      added: ['reviews: [{date: 2022-03-20}, {date: 2023-03-18, summary: "a, b"}]   # flow'],
    });
    valid(after);
  });

  it("appends to a flow list written over several lines after its last item, never at column 0", () => {
    const flow = original.replace(
      "reviews: []         # none held yet",
      "reviews: [\n    {date: 2022-03-20},  # first\n    {date: 2023-03-18}\n]",
    );
    const after = addReview(flow, { date: "2024-03-16" });
    expect(lineChanges(flow, after)).toEqual({
      removed: ["    {date: 2023-03-18}"],
      added: ["    {date: 2023-03-18}, {date: 2024-03-16}"],
    });
    valid(after, "2025-01-01");
    // An editor's strict parser reads it too, and a second edit still applies.
    expect(parseDocument(after, { strict: true }).errors).toEqual([]);
    valid(addReview(after, { date: "2024-09-01", kind: "extra" }), "2025-01-01");
  });

  it("creates the list after `review:` when there is none", () => {
    const none = original.replace("reviews: []         # none held yet\n", "");
    const after = addReview(none, { date: "2022-03-20" });
    expect(after.split("\n").slice(13, 18)).toEqual([
      "review:",
      "  every: P1Y        # yearly",
      "reviews:",
      "  - date: 2022-03-20",
      "commitments:",
    ]);
    valid(after);
  });
});

describe("commitment set on a heavily commented file", () => {
  it("changes exactly one line for a status, keeping its quotes and the spaces before its comment", () => {
    const after = setCommitment(original, "1", { status: "done" });
    expect(lineChanges(original, after)).toEqual({
      removed: ['    status: "in-progress"     # double-quoted, spaced comment'],
      added: ['    status: "done"     # double-quoted, spaced comment'],
    });
  });

  it("adds a missing status as one line at the end of the item, an integer id found as text", () => {
    const after = setCommitment(original, "2", { status: "stalled", due: "2023-06-30" });
    expect(lineChanges(original, after)).toEqual({
      removed: ["    due: 2022-12-31"],
      added: ["    due: 2023-06-30", "    status: stalled"],
    });
    expect(after).toContain("    due: 2023-06-30\n    status: stalled\n    # no status yet\n  - {id:");
    valid(after);
  });

  it("edits a flow-map item inside its braces", () => {
    const after = setCommitment(original, "3", { due: "2024-01-01", note: { date: "2024-02-01", text: "Xong" } });
    expect(lineChanges(original, after)).toEqual({
      removed: ['  - {id: "3", title: Ba, status: done}'],
      added: ['  - {id: "3", title: Ba, status: done, due: 2024-01-01, history: [{date: 2024-02-01, note: Xong}]}'],
    });
    valid(after);
  });

  it("records a note in the history, with the new status", () => {
    const after = setCommitment(original, "1", {
      status: "stalled",
      note: { date: "2025-05-05", text: "Chưa có vốn" },
    });
    expect(lineChanges(original, after).added).toEqual([
      '    status: "stalled"     # double-quoted, spaced comment',
      "    history:",
      "      - date: 2025-05-05",
      "        status: stalled",
      "        note: Chưa có vốn",
    ]);
    valid(after);
  });

  it("names the ids there are when the commitment does not exist", () => {
    expect(() => setCommitment(original, "4", { status: "done" })).toThrow("no commitment “4” (there are 1, 2, 3)");
    try {
      setCommitment(original, "4", { status: "done" });
    } catch (error) {
      expect((error as EditError).in("vi")).toBe("không có nội dung số “4” (các nội dung hiện có: 1, 2, 3)");
    }
  });

  it("keeps CRLF line ends", () => {
    const crlf = original.replace(/\n/g, "\r\n");
    for (const after of [
      setCommitment(crlf, "2", { status: "done", note: { date: "2023-01-01", text: "x" } }),
      addReview(crlf, { date: "2022-03-20" }),
    ]) {
      expect(after.replace(/\r\n/g, "")).not.toContain("\n");
      valid(after);
    }
  });
});

describe("scalar text", () => {
  it.each([
    ["Tỉnh A", "Tỉnh A"],
    ["2025-08-15", "2025-08-15"],
    ["a: b", '"a: b"'],
    ["# x", '"# x"'],
    ["123", '"123"'],
    ["true", '"true"'],
    ["x #y", '"x #y"'],
    ["line\nbreak", '"line\\nbreak"'],
    [" padded", '" padded"'],
    ["", '""'],
  ])("%j → %s", (value, text) => expect(scalarText(value)).toBe(text));
});
