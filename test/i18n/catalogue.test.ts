import { describe, expect, it } from "vitest";
import { codes } from "../../src/core/validation/messages.js";
import { langs, messages } from "../../src/i18n/index.js";

/**
 * Maps whose keys are data rather than messages: the words people use for a status (any number per
 * language), and the field names in words (English names a field by its key, so it lists none).
 */
const openMaps = new Set(["labels.commitmentStatusWords", "paths.fields"]);

/** Every message of a catalogue as "path: kind", kind being text, function or list. */
function shape(value: unknown, at = ""): string[] {
  if (typeof value === "function") return [`${at}: function`];
  if (typeof value === "string") return [`${at}: text`];
  if (Array.isArray(value)) return [`${at}: list`];
  if (value !== null && typeof value === "object") {
    if (openMaps.has(at)) return [`${at}: map`];
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, at === "" ? key : `${at}.${key}`));
  }
  return [`${at}: ${typeof value}`];
}

describe("the message catalogue", () => {
  it("has every message in every language, a function wherever English has one", () => {
    const english = shape(messages("en"));
    for (const lang of langs) expect(shape(messages(lang)), lang).toEqual(english);
  });

  it("has a text for every diagnostic code in every language, and none left empty", () => {
    for (const lang of langs)
      for (const code of codes) {
        const text = messages(lang).diagnostics[code]({});
        expect(typeof text, `${lang} ${code}`).toBe("string");
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(0);
      }
  });

  it("puts no English parser words into a Vietnamese diagnostic it knows", () => {
    const vi = messages("vi").diagnostics;
    for (const kind of ["tab", "colon", "map-indent", "list-indent", "bracket", "comma", "tight-comment"])
      expect(vi["yaml/syntax"]({ kind, key: "title", detail: "English words" })).not.toContain("English");
  });
});
