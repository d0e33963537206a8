import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../../src/load/load-files.js";
import { agreementYaml, brief, checkYaml, tempFolder } from "../helpers.js";

describe("checkFile", () => {
  it("returns the agreement of a valid file, strings in NFC", () => {
    const nfd = agreementYaml("test").normalize("NFD");
    const result = checkYaml(nfd);
    expect(result.diagnostics).toEqual([]);
    expect(result.agreement?.title).toBe("Thỏa thuận thử".normalize("NFC"));
    expect(result.agreement?.parties[0]?.name).toBe("Tỉnh A");
  });

  it("keeps unquoted dates as strings and integer commitment ids as written", () => {
    const result = checkYaml(agreementYaml("test", "commitments:\n  - id: 7\n    title: X\n    due: 2030-01-01\n"));
    expect(result.agreement?.signed).toBe("2023-07-24");
    expect(result.agreement?.commitments?.[0]?.id).toBe(7);
  });

  it("reports a misspelt key once, with a hint, and no cascade", () => {
    const result = checkYaml(agreementYaml("test").replace("kind:", "knid:"));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      line: 3,
      column: 1,
      code: "schema/unknown-key",
      message: "unknown key “knid”; did you mean “kind”?",
      path: "/knid",
    });
  });

  it("refuses __proto__ and constructor keys without polluting prototypes", () => {
    const result = checkYaml(
      agreementYaml("test", "__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n"),
    );
    expect(brief(result)).toEqual(["test.yaml:10:1 schema/unknown-key", "test.yaml:11:1 schema/unknown-key"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("speaks Vietnamese when asked", async () => {
    const { checkFile } = await import("../../src/load/check.js");
    const result = checkFile(
      "x.yaml",
      new TextEncoder().encode(agreementYaml("x").replace("kind: mou", "kind: projet")),
      { asOf: "2025-01-01", lang: "vi" },
    );
    expect(result.diagnostics[0]?.message).toBe(
      "loại (kind): “projet” không phải giá trị được phép; chọn một trong các giá trị mou (bản ghi nhớ), " +
        "cooperation-programme (chương trình hợp tác), project (dự án), partnership (quan hệ đối tác); " +
        "có lẽ định viết “project”",
    );
  });

  it("reports a document that is not a map — null, a number, a list — as a schema error, not a crash", () => {
    for (const doc of ["~\n", "null\n", "42\n", "- a\n", "'text'\n"])
      expect(brief(checkYaml(doc)), doc).toEqual(["test.yaml:1:1 schema/type"]);
  });

  it("accepts 10,000 commitments in one file", () => {
    const commitments = Array.from(
      { length: 10_000 },
      (_, i) => `  - id: "${i + 1}"\n    title: Nội dung ${i + 1}\n    status: in-progress\n`,
    ).join("");
    const result = checkYaml(agreementYaml("test", `commitments:\n${commitments}`));
    expect(result.diagnostics).toEqual([]);
    expect(result.agreement?.commitments).toHaveLength(10_000);
  });
});

describe("checkFiles", () => {
  it("reports a file that cannot be read, and a file over the size limit, as diagnostics", async () => {
    const { dir, cleanup } = tempFolder({
      "big.yaml": new Uint8Array(20 * 1024 * 1024).fill(0x20),
      "ok.yaml": agreementYaml("ok"),
    });
    try {
      const files = [join(dir, "big.yaml"), join(dir, "ok.yaml"), dir];
      const results = await checkFiles(
        { files, problems: [] },
        {
          cwd: dir,
          asOf: "2025-01-01",
          lang: "en",
        },
      );
      expect(results.flatMap(brief)).toEqual([`${dir}:1:1 file/unreadable`, "big.yaml:1:1 file/too-large"]);
    } finally {
      cleanup();
    }
  });
});
