import { afterAll, describe, expect, it } from "vitest";
import { agreementYaml, runMou, tempFolder } from "../helpers.js";

// An officer who asks for an agreement whose file has an error must be told so, with the error, and not
// that the agreement does not exist: the file is right there in the folder.
describe("asking for an agreement whose file is invalid", () => {
  const folder = tempFolder({
    "agreements/x1.yaml": agreementYaml("x1", "review:\n  every: P9999Y\n"),
    "agreements/ok.yaml": agreementYaml("ok"),
  });
  afterAll(folder.cleanup);

  it.each([
    [["show", "x1"]],
    [["agenda", "x1", "--date", "2025-03-01"]],
    [["report", "x1"]],
    [["commitment", "set", "x1", "1", "--actual", "a=1"]],
  ])("%j names the file and its errors, exit 1", (args) => {
    const run = runMou([...args, "--lang", "en", "--as-of", "2025-01-01"], { cwd: folder.dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "agreements/x1.yaml:11:10  error  “P9999Y” is longer than a century (P100Y), the longest period mou accepts" +
        "  rule/duration-too-long\n" +
        "mou: the agreement “x1” (agreements/x1.yaml) has errors and cannot be used until they are fixed (above)\n",
    );
  });

  it("says so in Vietnamese too, and an id with no file at all is still a usage error", () => {
    const run = runMou(["show", "x1", "--as-of", "2025-01-01"], { cwd: folder.dir });
    expect(run.stderr).toContain("mou: thỏa thuận “x1” (agreements/x1.yaml) đang có lỗi nên chưa dùng được");
    const missing = runMou(["show", "x2", "--lang", "en"], { cwd: folder.dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no agreement “x2”");
  });
});
