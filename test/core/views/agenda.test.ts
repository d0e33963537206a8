import { describe, expect, it } from "vitest";
import type { Agreement } from "../../../src/core/model/agreement.js";
import { englishDate, vietnameseDate, vietnameseDateLine } from "../../../src/core/text/date-text.js";
import { AgendaError, agendaView } from "../../../src/core/views/agenda.js";
import { committeeRole } from "../../../src/core/views/agenda-closing.js";
import { parseTimes, timeSlots } from "../../../src/core/views/agenda-times.js";
import { registry } from "../../../src/data-units.js";

const agreement: Agreement = {
  id: "a-b-2021",
  title: { vi: "Bản ghi nhớ A – B", en: "A – B memorandum" },
  kind: "mou",
  signed: "2021-03-15",
  parties: [
    { id: "org", name: "Tổ chức X (ORGX)", type: "organisation" },
    {
      id: "tinh-b",
      name: "Tỉnh Hà Tĩnh",
      type: "province",
      unit: "42",
      representatives: [
        { name: "Trần B", role: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" },
        { name: "Lê C", role: "Phó Chủ tịch UBND tỉnh" },
      ],
    },
  ],
  review: { every: "P1Y" },
  reviews: [{ date: "2022-03-20" }, { date: "2023-01-10", kind: "extra" }],
  commitments: [
    {
      id: 1,
      title: "Một",
      status: "in-progress",
      history: [
        { date: "2022-01-10", status: "in-progress" },
        { date: "2022-09-01", note: "Dự thảo" },
      ],
    },
    { id: 2, title: "Hai", status: "stalled" },
    { id: 3, title: "Ba", due: "2023-01-31" },
    { id: 4, title: "Bốn", due: "2023-01-31", status: "done" },
  ],
};

describe("agenda view", () => {
  const view = agendaView(agreement, { asOf: "2023-03-01", lang: "vi", units: registry });

  it("takes the next review, its scheduled date as the meeting date, and the following review", () => {
    expect(view.review).toEqual({
      number: 2,
      scheduled: "2023-03-15",
      meeting: "2023-03-15",
      every: "1 năm",
      previous: { number: 1, date: "2022-03-20" },
      missed: [],
    });
    expect(view.following).toEqual({ number: 3, date: "2024-03-15" });
  });

  it("hosts at the first province, issued by its People's Committee, unless told otherwise", () => {
    expect([view.host, view.place, view.issuer, view.issued]).toEqual([
      "tỉnh Hà Tĩnh",
      "Hà Tĩnh",
      ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"],
      "2023-03-01",
    ]);
    const custom = agendaView(agreement, {
      asOf: "2023-03-01",
      lang: "vi",
      host: "org",
      place: "Huế",
      issuer: "ỦY BAN NHÂN DÂN TỈNH B",
    });
    expect([custom.host, custom.place, custom.issuer]).toEqual([
      "Tổ chức X (ORGX)",
      "Huế",
      ["ỦY BAN NHÂN DÂN", "TỈNH B"],
    ]);
    expect(() => agendaView(agreement, { asOf: "2023-03-01", lang: "vi", host: "nope" })).toThrow(AgendaError);
    expect(() => agendaView(agreement, { asOf: "2023-03-01", lang: "en", host: "org" })).toThrow(
      'the host "Tổ chức X (ORGX)" is not a Vietnamese province or city in use on the meeting date: give --issuer ' +
        "and --place, or state issuer and place on the party in the file",
    );
  });

  it("signs for the People's Committee by its vice-chair, names the other parties and the archive", () => {
    expect(view.signature).toEqual({
      authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Lê C",
    });
    expect(view.recipients).toEqual(["Tổ chức X (ORGX)", "Các sở, ban, ngành liên quan", "Lưu: VT"]);
    const chair = agendaView(agreement, {
      asOf: "2023-03-01",
      lang: "en",
      units: registry,
      signer: "Võ D",
      signerRole: "chair",
    });
    expect(chair.signature).toEqual({ authority: ["ON BEHALF OF THE PEOPLE'S COMMITTEE", "CHAIR"], signer: "Võ D" });
    expect(committeeRole("Ủy viên TW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")).toBeUndefined();
    expect(committeeRole("Phó Chủ tịch Thường trực UBND tỉnh")).toBe("vice-chair");
    expect(committeeRole("Chủ tịch Ủy ban nhân dân Thành phố")).toBe("chair");
  });

  it("never dates a meeting in the past by itself", () => {
    expect(() => agendaView(agreement, { asOf: "2024-07-16", lang: "en", units: registry })).toThrow(
      "review no. 2 fell due on 15 March 2023, 489 days ago; " +
        "give the date the meeting will be held with --date YYYY-MM-DD",
    );
    expect(
      agendaView(agreement, { asOf: "2024-07-16", lang: "vi", units: registry, date: "2024-08-01" }).review.meeting,
    ).toBe("2024-08-01");
  });

  it("times the items of business when asked", () => {
    expect(parseTimes("8:00, 08:30,9h15")).toEqual(["08:00", "08:30", "09:15"]);
    for (const bad of ["", "8:00,7:00", "25:00", "8:00,8:00", "1,2,3,4,5,6,7,8,9", "8.00"])
      expect(parseTimes(bad)).toBeUndefined();
    expect(timeSlots(["08:00", "08:30", "09:15"], "vi")).toEqual(["08h00 - 08h30", "08h30 - 09h15", "09h15"]);
    expect(timeSlots(["08:00", "08:30"], "en")).toEqual(["08:00–08:30", "08:30"]);
  });

  it("lists the changes since the previous review and the points to discuss", () => {
    expect(view.commitments[0]?.changes).toEqual([{ date: "2022-09-01", note: "Dự thảo" }]);
    expect(view.discussion.map((c) => [c.id, c.stalled, c.overdue])).toEqual([
      ["2", true, false],
      ["3", false, true],
    ]);
  });

  it("makes an agenda for another review or date on request", () => {
    expect(() => agendaView(agreement, { asOf: "2023-03-01", lang: "en", review: 1, units: registry })).toThrow(
      /--date/,
    );
    const first = agendaView(agreement, {
      asOf: "2023-03-01",
      lang: "en",
      review: 1,
      units: registry,
      date: "2022-03-15",
    });
    expect(first.review).toMatchObject({ number: 1, scheduled: "2022-03-15", meeting: "2022-03-15" });
    expect(first.review.previous).toBeUndefined();
    expect(first.commitments[0]?.changes).toEqual([{ date: "2022-01-10", status: "in progress" }]);
    expect(
      agendaView(agreement, { asOf: "2023-03-01", lang: "en", units: registry, date: "2023-04-02" }).review,
    ).toMatchObject({
      number: 2,
      scheduled: "2023-03-15",
      meeting: "2023-04-02",
    });
  });

  it("needs a date for an agreement without a review rule, and a review number for one that is not active", () => {
    const { review: _, ...noRule } = agreement;
    expect(() => agendaView(noRule, { asOf: "2023-03-01", lang: "vi", units: registry })).toThrow(/--date/);
    expect(agendaView(noRule, { asOf: "2023-03-01", lang: "vi", units: registry, date: "2023-05-05" }).review).toEqual({
      number: 2,
      meeting: "2023-05-05",
      previous: { number: 1, date: "2022-03-20" },
      missed: [],
    });
    expect(() =>
      agendaView({ ...agreement, status: "suspended" }, { asOf: "2023-03-01", lang: "vi", units: registry }),
    ).toThrow(/--review/);
  });
});

describe("dates in documents", () => {
  it("writes Vietnamese dates in running text and in the Decree 30 place-and-date line", () => {
    expect(vietnameseDate("2025-07-24")).toBe("ngày 24 tháng 7 năm 2025");
    expect(vietnameseDateLine("Quảng Ngãi", "2025-07-24")).toBe("Quảng Ngãi, ngày 24 tháng 7 năm 2025");
    expect(vietnameseDateLine("Quảng Ngãi", "2026-01-05")).toBe("Quảng Ngãi, ngày 05 tháng 01 năm 2026");
    expect(vietnameseDateLine("Huế", "2026-02-10")).toBe("Huế, ngày 10 tháng 02 năm 2026");
    expect(vietnameseDateLine("Huế", "2026-03-09")).toBe("Huế, ngày 09 tháng 3 năm 2026");
    expect(englishDate("2026-03-09")).toBe("9 March 2026");
  });
});
