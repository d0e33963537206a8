import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import agreementSchema from "../schemas/agreement.schema.json";
import configSchema from "../schemas/config.schema.json";
import { checkFiles } from "../src/load/load-files.js";
import { root } from "./helpers.js";

type Node = Record<string, unknown>;

/** Every schema object under `node` with its JSON pointer. */
function* walk(node: unknown, pointer = "#"): Generator<[string, Node]> {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) return;
  yield [pointer, node as Node];
  for (const [key, child] of Object.entries(node)) {
    if (key === "properties" || key === "$defs") {
      for (const [name, sub] of Object.entries(child as Node)) yield* walk(sub, `${pointer}/${key}/${name}`);
    } else if (key === "items") {
      yield* walk(child, `${pointer}/${key}`);
    }
  }
}

describe.each([
  ["agreement", agreementSchema],
  ["config", configSchema],
])("%s schema", (_, schema) => {
  it("is JSON Schema 2020-12 with an $id and a title", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^urn:mou:schema:/);
    expect(schema.title).toBeTruthy();
  });

  it("describes every property in English, then Vietnamese", () => {
    for (const [pointer, node] of walk(schema)) {
      if (!/\/properties\/[^/]+$/.test(pointer)) continue;
      expect(node.description, pointer).toMatch(/^[A-Za-z].+ — .*[^\p{ASCII}]/u);
    }
  });

  it("closes every object to unknown keys", () => {
    for (const [pointer, node] of walk(schema)) {
      const isObject = node.type === "object" || (Array.isArray(node.type) && node.type.includes("object"));
      if (isObject) expect(node.additionalProperties, pointer).toBe(false);
    }
  });
});

describe("bundled agreements", () => {
  const dir = join(root, "agreements");
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

  it("are all valid and name their sources", async () => {
    const results = await checkFiles(
      files.map((f) => join(dir, f)),
      { cwd: root, asOf: "2026-11-22", lang: "en" },
    );
    expect(results.flatMap((r) => r.diagnostics.filter((d) => d.severity === "error"))).toEqual([]);
    for (const r of results) expect(r.agreement?.sources?.length, r.file).toBeGreaterThan(0);
  });

  it("start with the schema modeline so editors complete and check them", () => {
    for (const f of files) {
      expect(readFileSync(join(dir, f), "utf8").split("\n")[0], f).toBe(
        "# yaml-language-server: $schema=../schemas/agreement.schema.json",
      );
    }
  });

  it("include each agreement the articles describe", () => {
    expect(files.sort()).toEqual([
      "ba-ria-vung-tau-pbeg-2018.yaml",
      "hue-usta-jica-partnership.yaml",
      "hue-usta-koica-partnership.yaml",
      "nghe-an-quang-ngai-2023.yaml",
      "quang-tri-avse-global-2021.yaml",
    ]);
  });
});

describe("command-line choices", () => {
  it("offer exactly the schema's enums", async () => {
    const { agreementKinds, agreementStatuses, commitmentStatuses, partyTypes } = await import(
      "../src/core/model/enums.js"
    );
    expect([...partyTypes]).toEqual(agreementSchema.$defs.party.properties.type.enum);
    expect([...commitmentStatuses]).toEqual(agreementSchema.$defs.commitment.properties.status.enum);
    expect([...agreementStatuses]).toEqual(agreementSchema.properties.status.enum);
    expect([...agreementKinds]).toEqual(agreementSchema.properties.kind.enum);
  });
});
