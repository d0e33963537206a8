import { describe, expect, it } from "vitest";
import type { Finding, ValuePath } from "../../src/core/validation/diagnostic.js";
import { locate } from "../../src/load/locate.js";
import { Lines } from "../../src/load/yaml/lines.js";
import { readYaml } from "../../src/load/yaml/read.js";

const yaml = `# comment
id: x
title:
  vi: Tiêu đề
parties:
  - id: a
    name: A
  - {id: b, name: B}
empty:
alias: &anchor {k: v}
again: *anchor
`;
const lines = new Lines(yaml);
const { tree } = readYaml(yaml);
const at = (path: ValuePath, where: Finding["at"] = "value") => {
  const { line, col } = lines.linePos(locate(tree, path, where));
  return `${line}:${col}`;
};

describe("locate: JSON path → line:col", () => {
  it("points a wrong value at the value", () => {
    expect(at(["id"])).toBe("2:5");
    expect(at(["title", "vi"])).toBe("4:7");
    expect(at(["parties", 0, "name"])).toBe("7:11");
    expect(at(["parties", 1, "name"])).toBe("8:19");
  });

  it("points an unknown key at the key", () => {
    expect(at(["parties", 0, "name"], "key")).toBe("7:5");
    expect(at(["title", "vi"], "key")).toBe("4:3");
  });

  it("points a missing key at its parent's key, or at the list item", () => {
    expect(at(["title", "en"], "parent")).toBe("3:1");
    expect(at(["parties", 0, "type"], "parent")).toBe("6:5");
    expect(at(["kind"], "parent")).toBe("2:1");
  });

  it("points an empty value at its key", () => {
    expect(at(["empty"])).toBe("9:1");
  });

  it("follows aliases and falls back to the nearest ancestor that exists", () => {
    expect(at(["again", "k"])).toBe("10:20");
    expect(at(["parties", 5, "name"])).toBe("5:1");
    expect(at(["title", "vi", "deeper"])).toBe("4:3");
  });
});
