import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codes, severityOf } from "../src/core/validation/messages.js";
import { problemCodes } from "../src/exchange/problems.js";
import { root } from "./helpers.js";

describe("README", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");

  it("documents every diagnostic code with its severity", () => {
    for (const code of codes) expect(readme, code).toContain(`| \`${code}\` | ${severityOf(code)} |`);
  });

  it("gives the two-command quick start and the test command CI runs", () => {
    expect(readme).toContain("npm ci && npx mou due");
    expect(readme).toContain("npm ci && npm test");
    expect(readFileSync(join(root, ".ci", "run"), "utf8")).toMatch(/^npm test$/m);
  });
});

describe("docs/exchange.md", () => {
  it("documents every refusal code of mou import", () => {
    const doc = readFileSync(join(root, "docs", "exchange.md"), "utf8");
    for (const code of problemCodes) expect(doc, code).toContain(`| \`${code}\` |`);
  });
});
