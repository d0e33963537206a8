import { describe, expect, it } from "vitest";
import type { Agreement } from "../../../src/core/model/agreement.js";
import { englishDate, vietnameseDate, vietnameseDateLine } from "../../../src/core/text/date-text.js";
import { AgendaError, agendaView } from "../../../src/core/views/agenda.js";

const agreement: Agreement = {
  id: "a-b-2021",
  title: { vi: "Bản ghi nhớ A – B", en: "A – B memorandum" },
  kind: "mou",
  signed: "2021-03-15",
  parties: [
    { id: "org", name: "Tổ chức X (ORGX)", type: "organisation" },
    { id: "tinh-b", name: "Tỉnh B", type: "province", representatives: [{ name: "Trần B", role: "Bí thư" }] },
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
  const view = agendaView(agreement, { asOf: "2023-03-01", lang: "vi" });

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

  it("hosts at the first province, in its name, unless told otherwise", () => {
    expect([view.host, view.place, view.issuer]).toEqual(["Tỉnh B", "B", "TỈNH B"]);
    const custom = agendaView(agreement, {
      asOf: "2023-03-01",
      lang: "vi",
      host: "org",
      place: "Huế",
      issuer: "ỦY BAN NHÂN DÂN TỈNH B",
    });
    expect([custom.host, custom.place, custom.issuer]).toEqual(["Tổ chức X (ORGX)", "Huế", "ỦY BAN NHÂN DÂN TỈNH B"]);
    expect(() => agendaView(agreement, { asOf: "2023-03-01", lang: "vi", host: "nope" })).toThrow(AgendaError);
  });

  it("lists the changes since the previous review and the points to discuss", () => {
    expect(view.commitments[0]?.changes).toEqual([{ date: "2022-09-01", note: "Dự thảo" }]);
    expect(view.discussion.map((c) => [c.id, c.stalled, c.overdue])).toEqual([
      ["2", true, false],
      ["3", false, true],
    ]);
  });

  it("makes an agenda for another review or date on request", () => {
    const first = agendaView(agreement, { asOf: "2023-03-01", lang: "en", review: 1 });
    expect(first.review).toMatchObject({ number: 1, scheduled: "2022-03-15", meeting: "2022-03-15" });
    expect(first.review.previous).toBeUndefined();
    expect(first.commitments[0]?.changes).toEqual([{ date: "2022-01-10", status: "in progress" }]);
    expect(agendaView(agreement, { asOf: "2023-03-01", lang: "en", date: "2023-04-02" }).review).toMatchObject({
      number: 2,
      scheduled: "2023-03-15",
      meeting: "2023-04-02",
    });
  });

  it("needs a date for an agreement without a review rule, and a review number for one that is not active", () => {
    const { review: _, ...noRule } = agreement;
    expect(() => agendaView(noRule, { asOf: "2023-03-01", lang: "vi" })).toThrow(/--date/);
    expect(agendaView(noRule, { asOf: "2023-03-01", lang: "vi", date: "2023-05-05" }).review).toEqual({
      number: 2,
      meeting: "2023-05-05",
      previous: { number: 1, date: "2022-03-20" },
      missed: [],
    });
    expect(() => agendaView({ ...agreement, status: "suspended" }, { asOf: "2023-03-01", lang: "vi" })).toThrow(
      /--review/,
    );
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
