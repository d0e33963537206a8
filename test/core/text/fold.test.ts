import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, haystack, matches, phraseIn, slowFold } from "../../../src/core/text/fold.js";

describe("Vietnamese-aware matching", () => {
  it.each([
    ["do thi", "phát triển đô thị thông minh"],
    ["Dung Quat", "Ban Quản lý KKT Dung Quất"],
    ["DA NANG", "Thành phố Đà Nẵng"],
    ["đô thị".normalize("NFD"), "phát triển đô thị"],
    ["Nghệ An", "Tỉnh Nghệ An".normalize("NFD")],
    ["tai nguyen  va   moi truong", "Sở Tài nguyên và Môi trường"],
    ["", "anything"],
  ])("%j finds %j", (query, text) => expect(matches(query, text)).toBe(true));

  it("ignores tones entirely, so a query without diacritics finds every spelling that folds alike", () => {
    expect(matches("do thi", "độ thì")).toBe(true);
    expect(matches("đô thị", "độ thì")).toBe(true);
  });

  it.each([
    ["nong nghiep", "phát triển đô thị"],
    ["Quang Nam", "Quảng Ngãi"],
  ])("%j does not find %j", (query, text) => expect(matches(query, text)).toBe(false));

  it("folds đ and Đ to d and drops every tone and vowel mark", () => {
    expect(fold("ĐẶNG Thanh Phú, Ưng Hoàng Phúc, Ỷ Lan")).toBe("dang thanh phu, ung hoang phuc, y lan");
  });

  it("gives the same result for NFC, NFD and upper case", () => {
    const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ";
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(fold(text.normalize("NFD"))).toBe(fold(text));
        expect(fold(text.toUpperCase())).toBe(fold(text));
        expect(fold(text)).toMatch(/^[a-z ]*$/);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe("haystacks: texts folded once, searched many times", () => {
  it("never lets a phrase span two texts", () => {
    expect(matches("an quang", "Tỉnh Nghệ An", "Quảng Ngãi")).toBe(false);
    expect(phraseIn("an quang")(haystack("Tỉnh Nghệ An Quảng Ngãi"))).toBe(true);
  });

  it("skips missing texts and matches an empty query", () => {
    expect(haystack("Đô thị", undefined, "Du lịch")).toBe("do thi\ndu lich");
    expect(phraseIn("  ")(haystack())).toBe(true);
  });
});

describe("folding in one pass", () => {
  it("gives what the plain reading gives, on any mix of Vietnamese, Latin, marks, spaces, CJK and emoji", () => {
    const pieces = fc.oneof(
      fc.constantFrom(..."aAđĐăâêôơưỳỹỵỷýẠẬỆỘỢỰÀÁẢÃẠáàảãạÆæßØøİıĲŉſǅǈǱ".split("")),
      fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u0085"),
      fc.constantFrom("\u0301", "\u0323", "\u0309", "\u0303", "\u0300", "\u0302", "\u0306", "\u031b", "\u1ab0"),
      fc.constantFrom("漢", "字", "한", "😀", "👍🏽", "\ud800", "Ω", "Σ", "ς", "\u0000", "\u007f", "\u024f", "\u1e9e"),
      fc.integer({ min: 0x80, max: 0x24f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x1e00, max: 0x1eff }).map((c) => String.fromCharCode(c)),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(fold(text)).toBe(slowFold(text));
        expect(fold(text.normalize("NFD"))).toBe(slowFold(text.normalize("NFD")));
      }),
      { seed: 20, numRuns: 3000 },
    );
  });

  it("folds every character of the Latin blocks it reads alone as the plain reading does", () => {
    for (const [from, to] of [
      [0, 0x250],
      [0x1e00, 0x1f00],
    ])
      for (let c = from!; c < to!; c++) {
        const text = `x${String.fromCharCode(c)} ${String.fromCharCode(c)}y`;
        expect(fold(text)).toBe(slowFold(text));
      }
  });
});

describe("matching many texts", () => {
  it("answers as folding each text afresh would, whether a text was folded before or not", () => {
    // More distinct texts than the memory of folded texts holds, each asked about twice.
    const texts = Array.from(
      { length: 5000 },
      (_, i) => `Sở Kế hoạch và Đầu tư ${i % 7 === 0 ? "Đô thị" : "tỉnh"} ${i}`,
    );
    for (const round of [1, 2])
      for (const text of texts)
        expect(matches("do thi", text), `${text}, round ${round}`).toBe(fold(text).includes(fold("do thi")));
  });
});
