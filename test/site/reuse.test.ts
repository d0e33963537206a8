import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlannedPage } from "../../src/site/build.js";
import { digest, PAGES, type PageRecords, readRecords, recordsText } from "../../src/site/manifest.js";
import { writePlanned } from "../../src/site/write-pages.js";
import { foldersRemovedAfterEach } from "../helpers.js";

const folder = foldersRemovedAfterEach();

/** Pages that count how often they are made. */
function plan(pages: Record<string, [key: string | undefined, text: string]>) {
  const made: string[] = [];
  const planned: PlannedPage[] = Object.entries(pages).map(([path, [key, text]]) => ({
    path,
    key,
    make: () => {
      made.push(path);
      return text;
    },
  }));
  return { planned, made };
}

/** Writes the pages into a new folder beside `previous`, as the site's writer does, and reads them back. */
function build(pages: Record<string, [string | undefined, string]>, previous?: string) {
  const into = folder();
  const { planned, made } = plan(pages);
  const records: PageRecords = new Map();
  const before = previous === undefined ? undefined : { folder: previous, records: readRecords(previous) };
  writePlanned(into, planned, before, records);
  writeFileSync(join(into, PAGES), recordsText(records));
  return { into, made, records };
}

const pages = {
  "index.html": ["k-index", "overview"],
  "agreements/a.html": ["k-a", "page a"],
  "agreements/b.html": ["k-b", "page b"],
} satisfies Record<string, [string, string]>;

describe("taking over pages by their keys", () => {
  it("records every keyed page's key, size and digest, and reads them back", () => {
    const { into, made, records } = build({ ...pages, "x.html": [undefined, "no key"] });
    expect(made).toEqual(["index.html", "agreements/a.html", "agreements/b.html", "x.html"]);
    expect(readRecords(into)).toEqual(records);
    expect(records.get("agreements/a.html")).toEqual({ key: "k-a", size: 6, hash: digest(Buffer.from("page a")) });
    expect(records.has("x.html")).toBe(false);
  });

  it("does not make a page whose key and bytes are those recorded, and links the very file", () => {
    const first = build(pages);
    const second = build(pages, first.into);
    expect(second.made).toEqual([]);
    expect(statSync(join(second.into, "agreements/a.html")).ino).toBe(
      statSync(join(first.into, "agreements/a.html")).ino,
    );
    expect(readRecords(second.into)).toEqual(first.records);
    // A page under another key is made again; its bytes are the same, so its file is still taken over.
    const third = build({ ...pages, "agreements/b.html": ["k-b2", "page b"] }, second.into);
    expect(third.made).toEqual(["agreements/b.html"]);
    expect(statSync(join(third.into, "agreements/b.html")).ino).toBe(
      statSync(join(first.into, "agreements/b.html")).ino,
    );
    expect(third.records.get("agreements/b.html")?.key).toBe("k-b2");
  });

  it("makes a page afresh when its file was changed, removed, or replaced since it was recorded", () => {
    const first = build(pages);
    writeFileSync(join(first.into, "agreements/a.html"), "page A"); // same size, other bytes
    writeFileSync(join(first.into, "agreements/b.html"), "page b, longer");
    writeFileSync(join(first.into, "index.html"), "overview");
    const second = build(pages, first.into);
    expect(second.made).toEqual(["agreements/a.html", "agreements/b.html"]);
    expect(readFileSync(join(second.into, "agreements/a.html"), "utf8")).toBe("page a");
    expect(readFileSync(join(second.into, "agreements/b.html"), "utf8")).toBe("page b");
  });

  it("ignores records that are garbled or of another shape as a whole", () => {
    const first = build(pages);
    for (const text of [
      "not json",
      "null",
      '{"pages": {}}',
      '{"pages": [["index.html", "k-index", -1, "00"]]}',
      `{"pages": [["index.html", "k-index", 8, "${"0".repeat(40)}"], 7]}`,
      `{"pages": [["index.html", "k-index", ${2 ** 40}, "${"0".repeat(40)}"]]}`,
    ]) {
      writeFileSync(join(first.into, PAGES), text);
      expect(readRecords(first.into).size).toBe(0);
    }
    // With no records, every page is made, and taken over only because its bytes did not change.
    const second = build(pages, first.into);
    expect(second.made).toEqual(Object.keys(pages));
    expect(statSync(join(second.into, "index.html")).ino).toBe(statSync(join(first.into, "index.html")).ino);
  });
});
