import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import type { AgreementFile } from "../../src/core/model/agreement.js";
import { registry } from "../../src/data-units.js";
import type { SiteOptions } from "../../src/site/build.js";
import { pageKeys } from "../../src/site/keys.js";
import type { Page } from "../../src/site/paths.js";
import { checkYaml, root } from "../helpers.js";

const asOf = "2025-11-30";
function load(path: string): AgreementFile {
  const result = checkYaml(readFileSync(`${root}/${path}`), posix.basename(path), asOf);
  if (!result.agreement) throw new Error(`${path} is not valid`);
  return { file: path, agreement: result.agreement };
}
const files = [
  load("agreements/nghe-an-quang-ngai-2023.yaml"),
  load("test/fixtures/agenda/agreements/hostile-2024.yaml"),
];
const [first, second] = files.map((f) => f.agreement.id) as [string, string];
const options: SiteOptions = {
  asOf,
  langs: { main: "vi", langs: ["vi", "en"] },
  units: registry,
  version: "9.9.9",
  build: "build-1",
};
const pagesOf: Page[] = [
  { kind: "overview" },
  { kind: "commitments" },
  { kind: "agreement", id: first },
  { kind: "agreement", id: second },
];
/** Every page's key in both languages. */
const keysOf = (list: readonly AgreementFile[], o: SiteOptions) => {
  const keyOf = pageKeys(list, o)!;
  return (["vi", "en"] as const).flatMap((lang) => pagesOf.map((page) => keyOf(lang, page)));
};
const base = keysOf(files, options);
/** Which of the eight keys differ from the base keys. */
const changed = (keys: string[]) => keys.map((k, i) => k !== base[i]);
const edited = (f: AgreementFile, change: (a: Record<string, unknown>) => void): AgreementFile => {
  const agreement = structuredClone(f.agreement) as unknown as Record<string, unknown>;
  change(agreement);
  return { file: f.file, agreement: agreement as unknown as AgreementFile["agreement"] };
};

describe("the keys of the site's pages", () => {
  it("are the same for the same agreements and options, and differ between pages", () => {
    expect(keysOf(structuredClone(files), { ...options, langs: { main: "vi", langs: ["vi", "en"] } })).toEqual(base);
    expect(new Set(base).size).toBe(base.length);
  });

  it("change on every page when an option, the day, the version or the build changes", () => {
    for (const other of [
      { asOf: "2025-12-01" },
      { version: "9.9.10" },
      { build: "build-2" },
      { title: "Hợp tác" },
      { remind: "2 weeks" },
      { langs: { main: "en" as const, langs: ["en", "vi"] as const } },
    ])
      expect(changed(keysOf(files, { ...options, ...other }))).toEqual(base.map(() => true));
  });

  it("change, for an edited agreement, on its own pages and the two pages over all agreements only", () => {
    const keys = keysOf([edited(files[0]!, (a) => (a.notes = "mới")), files[1]!], options);
    expect(changed(keys)).toEqual([true, true, true, false, true, true, true, false]);
    // Moving the file is a change too: pages may name it.
    expect(changed(keysOf([{ ...files[0]!, file: "elsewhere.yaml" }, files[1]!], options))[2]).toBe(true);
  });

  it("change with an agreement's agendas, in the language they are in", () => {
    const agendas = new Map([["en", new Map([[second, [{ format: "md", path: `agendas/${second}.md` }]]])]] as const);
    expect(changed(keysOf(files, { ...options, agendas }))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      true,
    ]);
  });

  it("tell apart the numbers JSON would write alike", () => {
    const keyWith = (value: number) =>
      pageKeys([edited(files[0]!, (a) => (a.weight = value))], options)!("vi", pagesOf[2]!);
    const keys = [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(keyWith);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("are not given without a build, for two agreements with one id, or for a value JSON cannot hold", () => {
    expect(pageKeys(files, { ...options, build: undefined } as SiteOptions)).toBeUndefined();
    const { build: _build, ...unbuilt } = options;
    expect(pageKeys(files, unbuilt)).toBeUndefined();
    expect(pageKeys([files[0]!, { ...files[0]!, file: "copy.yaml" }], options)).toBeUndefined();
    expect(pageKeys([edited(files[0]!, (a) => (a.big = 10n))], options)).toBeUndefined();
  });
});
