import { describe, expect, it } from "vitest";
import type { Party } from "../../../src/core/model/agreement.js";
import { assignmentText, placeName, shortName } from "../../../src/core/parties/names.js";

const party = (name: string, extra: Partial<Party> = {}): Party => ({ id: "p", name, ...extra });

describe("short names", () => {
  it.each([
    ["Tỉnh Nghệ An", "Nghệ An"],
    ["Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An"],
    ["Uỷ ban nhân dân tỉnh Nghệ An", "Nghệ An"],
    ["UBND tỉnh Hà Tĩnh", "Hà Tĩnh"],
    ["UBND thành phố Đà Nẵng", "Đà Nẵng"],
    ["Thành phố Hà Nội", "Hà Nội"],
    ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"],
    ["TP. Hồ Chí Minh", "TP. Hồ Chí Minh"],
    ["Chính quyền tỉnh Attapeu (Lào)", "Attapeu (Lào)"],
    ["Chính quyền tỉnh Xiêng Khoảng, nước CHDCND Lào", "Xiêng Khoảng (Lào)"],
    ["Tỉnh Gyeonggi (Hàn Quốc)", "Gyeonggi (Hàn Quốc)"],
    ["Cơ quan Hợp tác Quốc tế của Nhật Bản (JICA)", "JICA"],
    ["Tổ chức Khoa học và Chuyên gia Việt Nam toàn cầu (AVSE Global)", "AVSE Global"],
    ["Văn phòng Japandesk", "Văn phòng Japandesk"],
    ["Tỉnh", "Tỉnh"],
  ])("%s → %s", (name, short) => expect(shortName(party(name))).toBe(short));

  it("lets `short` win always", () => {
    expect(shortName(party("Cơ quan Hợp tác Quốc tế của Nhật Bản (JICA)", { short: "Nhật Bản" }))).toBe("Nhật Bản");
  });

  it("says where a foreign partner is when its country is given and its name does not say it", () => {
    expect(shortName(party("Chính quyền tỉnh Attapeu", { country: "LA" }))).toBe("Attapeu (Lào)");
    expect(shortName(party("Chính quyền tỉnh Attapeu", { country: "LA" }), "en")).toBe("Attapeu (Laos)");
    expect(shortName(party("Chính quyền tỉnh Attapeu (Lào)", { country: "LA" }))).toBe("Attapeu (Lào)");
    expect(shortName(party("Tỉnh Nghệ An", { country: "VN" }))).toBe("Nghệ An");
    expect(shortName(party("Tỉnh Gyeonggi", { country: "ZZ" }))).toBe("Gyeonggi");
  });

  it("tells four Lao partners apart", () => {
    const names = ["Attapeu", "Sekong", "Champasak", "Salavan"].map((n) =>
      shortName(party(`Chính quyền tỉnh ${n} (Lào)`)),
    );
    expect(new Set(names).size).toBe(4);
  });

  it("names the place of a unit as a reader writes it", () => {
    expect(placeName("Tỉnh Bà Rịa - Vũng Tàu")).toBe("Bà Rịa - Vũng Tàu");
    expect(placeName("Thành phố Huế")).toBe("Huế");
  });

  it("uses short names for the parties of an assignment", () => {
    const parties = [
      party("Cơ quan Hợp tác Quốc tế của Nhật Bản (JICA)", { id: "jica" }),
      party("Tỉnh A", { id: "a" }),
    ];
    expect(assignmentText({ party: "jica", agency: "Văn phòng đại diện" }, parties)).toBe("JICA – Văn phòng đại diện");
    expect(assignmentText({ party: "a" }, parties)).toBe("A");
    expect(assignmentText({ agency: "Sở Tài chính" }, parties)).toBe("Sở Tài chính");
  });
});
