import { describe, expect, it } from "vitest";
import type { Agreement } from "../../../src/core/model/agreement.js";
import { checkAgreement } from "../../../src/core/validation/rules.js";
import { ReusedIds } from "../../../src/load/reused-ids.js";

const base: Agreement = {
  id: "a-b-2023",
  title: "T",
  kind: "mou",
  signed: "2023-07-24",
  parties: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
  ],
};
const context = { stem: "a-b-2023", fileName: "a-b-2023.yaml", asOf: "2025-01-01" };
const codes = (agreement: Partial<Agreement>, ctx = context) =>
  checkAgreement({ ...base, ...agreement } as Agreement, ctx).map((f) => f.code);

describe("rules beyond the schema", () => {
  it("accepts a plain valid agreement", () => {
    expect(codes({})).toEqual([]);
  });

  it("wants the id to equal the file name, keeping the file's extension in the hint", () => {
    const [finding] = checkAgreement(base, { ...context, stem: "other", fileName: "other.yml" });
    expect(finding).toMatchObject({
      code: "rule/id-mismatch",
      path: ["id"],
      params: { expected: "a-b-2023.yml", stem: "other" },
    });
  });

  it("finds duplicate party and commitment ids, integers and strings alike", () => {
    expect(
      codes({
        parties: [
          { id: "a", name: "A" },
          { id: "a", name: "B" },
        ],
      }),
    ).toEqual(["rule/duplicate-party-id"]);
    expect(
      codes({
        commitments: [
          { id: 1, title: "x" },
          { id: "1", title: "y" },
        ],
      }),
    ).toEqual(["rule/duplicate-commitment-id"]);
  });

  it("checks lead and support parties, suggesting the closest", () => {
    const findings = checkAgreement(
      {
        ...base,
        commitments: [{ id: "1", title: "x", lead: [{ party: "aa" }, { agency: "Sở X" }], support: [{ party: "b" }] }],
      },
      context,
    );
    expect(findings).toEqual([
      {
        code: "rule/unknown-party",
        path: ["commitments", 0, "lead", 0, "party"],
        at: "value",
        params: { party: "aa", known: "a, b" },
      },
    ]);
    const named: Agreement = {
      ...base,
      parties: [
        { id: "nghe-an", name: "Nghệ An" },
        { id: "quang-ngai", name: "Quảng Ngãi" },
      ],
    };
    const [finding] = checkAgreement(
      { ...named, commitments: [{ id: "1", title: "x", support: [{ party: "quang-ngia" }] }] },
      context,
    );
    expect(finding?.params).toEqual({ party: "quang-ngia", known: "nghe-an, quang-ngai", suggestion: "quang-ngai" });
  });

  it("orders dates: expires after signed, reviews between effective and as-of", () => {
    expect(codes({ expires: "2023-07-23", status: "terminated" })).toEqual(["rule/expires-before-signed"]);
    expect(codes({ expires: "2023-07-24", status: "terminated" })).toEqual([]);
    expect(codes({ effective: "2023-08-01", reviews: [{ date: "2023-07-31" }, { date: "2023-08-01" }] })).toEqual([
      "rule/review-before-effective",
    ]);
    expect(codes({ reviews: [{ date: "2025-01-01" }, { date: "2025-01-02" }] })).toEqual(["rule/review-after-as-of"]);
    expect(
      codes({
        reviews: [
          { date: "2024-01-01", covers: 0 },
          { date: "2024-02-01", covers: 1 },
        ],
      }),
    ).toEqual(["rule/covers-below-1"]);
  });

  it("warns about an active agreement past its expiry, but not on the expiry day or when not active", () => {
    expect(codes({ expires: "2024-12-31" })).toEqual(["rule/expired-active"]);
    expect(codes({ expires: "2025-01-01" })).toEqual([]);
    expect(codes({ expires: "2024-12-31", status: "expired" })).toEqual([]);
  });

  it("warns about commitments past due unless done or dropped", () => {
    const commitments = (status?: "done" | "dropped" | "stalled") => [
      { id: "1", title: "x", due: "2024-12-31", ...(status ? { status } : {}) },
    ];
    expect(codes({ commitments: commitments() })).toEqual(["rule/commitment-overdue"]);
    expect(codes({ commitments: commitments("stalled") })).toEqual(["rule/commitment-overdue"]);
    expect(codes({ commitments: commitments("done") })).toEqual([]);
    expect(codes({ commitments: commitments("dropped") })).toEqual([]);
    expect(codes({ commitments: [{ id: "1", title: "x", due: "2025-01-01" }] })).toEqual([]);
  });

  it("leaves the points of an agreement that is not in force alone: nobody owes them yet, or any more", () => {
    for (const status of ["draft", "suspended", "expired", "terminated"] as const) {
      expect(codes({ status, commitments: [{ id: "1", title: "x", due: "2024-12-31" }] }), status).toEqual([]);
    }
  });

  it("flags every later file that reuses an agreement id, keeping the first", () => {
    const files = [
      { file: "a.yaml", id: "x" },
      { file: "b.yaml", id: "y" },
      { file: "c/a.yaml", id: "x" },
      { file: "d.yaml", id: "x" },
    ].map(({ file, id }) => ({
      file,
      diagnostics: [],
      agreement: { ...base, id },
      id: { value: id, line: 1, column: 5 },
    }));
    const reused = new ReusedIds("en");
    expect(files.map((f) => reused.check(f))).toEqual([false, false, true, true]);
    expect(files[3]!.diagnostics).toEqual([
      {
        file: "d.yaml",
        line: 1,
        column: 5,
        severity: "error",
        code: "rule/duplicate-agreement-id",
        message: "the agreement id “x” is already used by a.yaml",
        path: "/id",
      },
    ]);
    expect(files.map((f) => f.agreement !== undefined)).toEqual([true, true, false, false]);
  });
});
