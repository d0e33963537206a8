import { describe, expect, it } from "vitest";
import {
  englishPlace,
  englishProvincialName,
  englishUnitName,
  partyName,
  withoutMarks,
} from "../../../src/core/parties/english.js";
import { shortName } from "../../../src/core/parties/names.js";

describe("English names of Vietnamese places", () => {
  it("drops the marks, or takes the customary name", () => {
    expect(withoutMarks("Đắk Lắk, Bà Rịa - Vũng Tàu")).toBe("Dak Lak, Ba Ria - Vung Tau");
    expect(englishPlace("Nghệ An")).toBe("Nghe An");
    expect(englishPlace("Hà Nội")).toBe("Hanoi");
    expect(englishPlace("TP. Hồ Chí Minh")).toBe("Ho Chi Minh City");
    expect(englishPlace("Huế")).toBe("Hue");
  });

  it("takes a place named like a built-in of objects as a place, and gives the same answer when asked again", () => {
    expect(englishPlace("constructor")).toBe("constructor");
    expect(englishPlace("Tỉnh toString")).toBe("toString");
    expect(englishProvincialName("Tỉnh constructor")).toBe("constructor Province");
    expect(englishProvincialName("Tỉnh constructor")).toBe("constructor Province");
    expect(englishPlace("Nghệ An")).toBe("Nghe An");
  });

  it("names units as their English pages do", () => {
    expect(englishUnitName("Nghệ An", "province")).toBe("Nghe An Province");
    expect(englishUnitName("Đà Nẵng", "city")).toBe("Da Nang City");
    expect(englishUnitName("Hà Nội", "city")).toBe("Hanoi");
    expect(englishUnitName("Hồ Chí Minh", "city")).toBe("Ho Chi Minh City");
  });

  it("reads the administrative prefixes and bodies a party is written with", () => {
    expect(englishProvincialName("Tỉnh Nghệ An")).toBe("Nghe An Province");
    expect(englishProvincialName("UBND tỉnh Hà Tĩnh")).toBe("People's Committee of Ha Tinh Province");
    expect(englishProvincialName("Ủy ban nhân dân thành phố Cần Thơ")).toBe("People's Committee of Can Tho City");
    expect(englishProvincialName("Thành phố Hồ Chí Minh")).toBe("Ho Chi Minh City");
    expect(englishProvincialName("Chính quyền tỉnh Attapeu, nước CHDCND Lào")).toBeUndefined();
    expect(englishProvincialName("Văn phòng Japandesk")).toBeUndefined();
  });
});

describe("a party's name in a language", () => {
  const province = { id: "na", name: "Tỉnh Nghệ An", type: "province" as const };
  const both = { id: "g", name: { vi: "Chính quyền tỉnh Gyeonggi", en: "Gyeonggi Provincial Government" } };
  const only = { id: "o", name: "Liên hiệp các Hội Khoa học và Kỹ thuật", type: "organisation" as const };

  it("is its own {vi, en} name, or a province's English name, or as written", () => {
    expect(partyName(province, "vi")).toBe("Tỉnh Nghệ An");
    expect(partyName(province, "en")).toBe("Nghe An Province");
    expect(partyName(both, "vi")).toBe("Chính quyền tỉnh Gyeonggi");
    expect(partyName(both, "en")).toBe("Gyeonggi Provincial Government");
    expect(partyName(only, "en")).toBe("Liên hiệp các Hội Khoa học và Kỹ thuật");
  });

  it("gives short names in English too", () => {
    expect(shortName(province, "vi")).toBe("Nghệ An");
    expect(shortName(province, "en")).toBe("Nghe An");
    expect(shortName({ ...province, short: "Nghệ An" }, "en")).toBe("Nghe An");
    expect(shortName({ id: "j", name: { vi: "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", en: "JICA" } }, "en")).toBe(
      "JICA",
    );
    expect(shortName(both, "vi")).toBe("Gyeonggi");
  });
});
