import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMou, tempFolder } from "../helpers.js";

// Double-quoted YAML can spell any control character as an escape. None may reach a terminal, and no
// line separator may start a line of Markdown.
const escapes = String.raw`\e]0;owned\a\e]52;c;ZWNobyBwd25lZA==\a\e[2J\x9b31m`;
const agreement = String.raw`id: x
title: "Thỏa thuận ${escapes} thử\r# KẾT LUẬN: HỦY BỎ THỎA THUẬN"
kind: mou
signed: 2023-07-24
parties:
  - id: a
    name: "Tỉnh A\e[8m"
commitments:
  - id: "1"
    title: "Nội dung\r| forged | row |\u2028- item"
    lead: [{party: a, agency: "Sở\e]8;;http://x\e\\"}]
notes: "\e[2J\e[H"
`;
const invalid = String.raw`id: bad
title: T
kind: "\e]0;owned\a"
signed: 2023-07-24
parties: [{id: a, name: A}]
`;
const host = ["--issuer", "UBND TỈNH A", "--place", "Tỉnh A"];
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempFolder({
    "agreements/x.yaml": agreement,
    "other/bad.yaml": invalid,
    "proto.md.hbs": "# {{valueOf}}{{toString}}{{constructor}}{{hasOwnProperty}}{{review.number}}\n",
  }));
});
afterAll(() => cleanup());

describe("text from the data, on the terminal and in Markdown", () => {
  it("show, list and commitments print no control character", () => {
    for (const args of [["show", "x"], ["list"], ["commitments"], ["list", "--format", "md"]]) {
      const run = runMou([...args, "--as-of", "2025-01-01"], { cwd: dir, env: { COLUMNS: "100" } });
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout, args.join(" ")).not.toMatch(controls);
      // A terminal shows each control character as its picture; Markdown as the replacement character.
      expect(run.stdout, args.join(" ")).toContain(args.includes("md") ? "\ufffd" : "␛");
    }
  });

  it("a template that asks for prototype members gets nothing, and nothing is printed about it", () => {
    const run = runMou(
      ["agenda", "x", "--date", "2025-01-01", "--template", "proto.md.hbs", ...host, "--as-of", "2025-01-01"],
      { cwd: dir },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/Handlebars|denied|prototype/i);
  });

  it("validate messages print no control character", () => {
    const run = runMou(["validate", "other", "--as-of", "2025-01-01", "--lang", "en"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("kind: “␛]0;owned␇” is not one of the allowed values");
    expect(run.stdout).not.toMatch(controls);
  });

  it("Markdown tables keep a carriage return or a line separator from starting a heading, row or item", () => {
    for (const command of ["list", "commitments"]) {
      const run = runMou([command, "--format", "md", "--as-of", "2025-01-01"], { cwd: dir });
      const lines = run.stdout.split("\n").filter((l) => l !== "");
      expect(
        lines.every((l) => l.startsWith("| ")),
        command,
      ).toBe(true);
      expect(run.stdout).not.toMatch(/[\r\u2028]/);
    }
  });
});
