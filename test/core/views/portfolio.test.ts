import { describe, expect, it } from "vitest";
import type { Agreement, AgreementFile } from "../../../src/core/model/agreement.js";
import { scheduleOf } from "../../../src/core/schedule/schedule.js";
import { haystack, phraseIn } from "../../../src/core/text/fold.js";
import { reviewCalendar } from "../../../src/core/views/calendar.js";
import { commitmentIndex, searchedTexts } from "../../../src/core/views/commitment-index.js";
import { commitmentRows } from "../../../src/core/views/commitments.js";
import { portfolioView } from "../../../src/core/views/portfolio.js";
import { statusScorecard } from "../../../src/core/views/scorecard.js";
import { axisPosition, MAX_MISSED_MARKS, timelineAxis, timelineTrack } from "../../../src/core/views/timeline.js";

const asOf = "2025-06-01";
const base = (id: string, extra: Partial<Agreement>): AgreementFile => ({
  file: `agreements/${id}.yaml`,
  agreement: {
    id,
    title: { vi: `Thỏa thuận ${id}`, en: `Agreement ${id}` },
    kind: "mou",
    signed: "2020-01-01",
    parties: [
      { id: "nghe-an", name: "Tỉnh Nghệ An" },
      { id: "quang-ngai", name: "Tỉnh Quảng Ngãi" },
    ],
    ...extra,
  },
});

const files: AgreementFile[] = [
  // Review 1 never held, review 2 held, review 3 (2023-01-01) overdue; an extra meeting besides.
  base("missed", {
    review: { every: "P1Y" },
    reviews: [
      { date: "2022-01-05", covers: 2 },
      { date: "2022-06-01", kind: "extra" },
    ],
    commitments: [
      { id: "1", title: "Quy hoạch đô thị", status: "done" },
      { id: "2", title: "Giao thông", status: "stalled", due: "2024-12-31" },
      { id: "3", title: "Du lịch", lead: [{ party: "quang-ngai", agency: "Sở Du lịch" }] },
    ],
  }),
  // Due 2025-07-01: within the 90 days of reminder.
  base("soon", { signed: "2023-07-01", review: { every: "P2Y" } }),
  // Due 2026-03-01, in the next twelve months; then one due 2027-09-01, beyond them.
  base("march", { signed: "2024-03-01", review: { every: "P2Y", first: "2026-03-01" } }),
  base("later", { signed: "2024-09-01", review: { every: "P3Y" } }),
  base("draft", { status: "draft", signed: undefined }),
];

describe("the portfolio view", () => {
  const view = portfolioView(files, { asOf, lang: "vi" });

  it("counts agreements by status, next reviews by state and commitments by status", () => {
    expect(view.counts.agreements).toEqual({ draft: 1, active: 4, suspended: 0, expired: 0, terminated: 0 });
    expect(view.counts.reviews).toEqual({ overdue: 1, "due-soon": 1, scheduled: 2, none: 1 });
    expect(view.counts.commitments).toMatchObject({ total: 3, done: 1, stalled: 1, "not-started": 1, overdue: 1 });
  });

  it("gives each agreement its scorecard from the statuses of its commitments", () => {
    const missed = view.agreements.find((r) => r.id === "missed")!;
    expect(missed.scorecard).toEqual({
      kind: "statuses",
      total: 3,
      counts: { "not-started": 1, "in-progress": 0, done: 1, stalled: 1, dropped: 0 },
      overdue: 1,
    });
    expect(missed.shortNames).toEqual(["Nghệ An", "Quảng Ngãi"]);
  });

  it("lays out the review calendar: overdue, due soon, then scheduled ones by month up to a year ahead", () => {
    const cal = view.calendar;
    expect(cal.overdue.map((e) => [e.agreement, e.number, e.due])).toEqual([["missed", 3, "2023-01-01"]]);
    expect(cal.dueSoon.map((e) => e.agreement)).toEqual(["soon"]);
    expect(cal.months).toEqual([{ month: "2026-03", entries: [expect.objectContaining({ agreement: "march" })] }]);
    expect(cal.later).toBe(1);
  });

  it("sorts the calendar by date, then by agreement", () => {
    const next = { number: 1, due: "2025-08-01", state: "scheduled" as const, days: 61 };
    const rows = ["b", "a"].map((id) => ({ id, title: id, next }) as never);
    expect(reviewCalendar(rows, asOf).months[0]!.entries.map((e) => e.agreement)).toEqual(["a", "b"]);
  });
});

describe("the timeline", () => {
  const missed = files[0]!.agreement;
  const track = timelineTrack(missed, scheduleOf(missed, { asOf }));

  it("marks held, extra, missed and next reviews in date order", () => {
    expect(track.start).toBe("2020-01-01");
    expect(track.marks).toEqual([
      { kind: "missed", date: "2021-01-01", number: 1 },
      { kind: "held", date: "2022-01-05", number: 2 },
      { kind: "extra", date: "2022-06-01" },
      { kind: "next", date: "2023-01-01", number: 3, state: "overdue" },
    ]);
    expect(track.missedNotShown).toBe(0);
  });

  it("draws a bounded number of missed marks however high a review number a file claims", () => {
    const claim = { ...missed, reviews: [{ date: "2024-01-01", covers: 60 }] };
    const many = timelineTrack(claim, scheduleOf(claim, { asOf }));
    expect(many.marks.filter((m) => m.kind === "missed")).toHaveLength(MAX_MISSED_MARKS);
    expect(many.missedNotShown).toBe(59 - MAX_MISSED_MARKS);
  });

  it("spans from the earliest start to a year after today or the latest mark, with yearly ticks", () => {
    const axis = timelineAxis([track], asOf);
    expect(axis).toMatchObject({ from: "2020-01-01", to: "2026-06-01" });
    expect(axis.ticks).toEqual(["2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01"]);
    expect(axisPosition(axis, "2020-01-01")).toBe(0);
    expect(axisPosition(axis, "2026-06-01")).toBe(1);
    expect(axisPosition(axis, "2099-01-01")).toBe(1);
  });

  it("keeps about a dozen ticks over long spans", () => {
    const axis = timelineAxis([{ start: "1960-05-01", marks: [], missedNotShown: 0 }], asOf);
    expect(axis.ticks.length).toBeLessThanOrEqual(12);
    expect(axis.ticks[0]).toBe("1961-01-01");
  });
});

describe("the scorecard", () => {
  it("counts nothing for an agreement without commitments", () => {
    expect(statusScorecard(base("none", {}).agreement, asOf)).toMatchObject({ total: 0, overdue: 0 });
  });
});

describe("the commitment index of the site", () => {
  const index = commitmentIndex(files, { asOf, lang: "vi" });

  it("holds every commitment row, with the parties, leads and sectors to choose from", () => {
    expect(index.rows.map((r) => `${r.agreement}/${r.id}`)).toEqual(["missed/1", "missed/2", "missed/3"]);
    expect(index.rows[2]!.parties).toEqual(["quang-ngai"]);
    expect(index.parties).toEqual([{ id: "quang-ngai", name: "Quảng Ngãi" }]);
    expect(index.leads).toEqual(["Quảng Ngãi", "Sở Du lịch"]);
  });

  it("gives back, from what a row shows and hides, exactly the texts --search and --lead look in", () => {
    const bilingual: AgreementFile = base("two", {
      commitments: [
        { id: "1", title: { vi: "Đô thị", en: "Urban" }, notes: "Ghi chú", support: [{ agency: "Sở Xây dựng" }] },
        { id: "2", title: { en: "Only English" }, lead: [{ party: "nghe-an" }, { agency: "Sở Du lịch" }] },
        { id: "3", title: "Một ngôn ngữ", lead: [{ party: "quang-ngai", agency: "Sở Tài chính" }] },
      ],
    });
    const all = [...files, bilingual];
    for (const lang of ["vi", "en"] as const) {
      const rows = commitmentIndex(all, { asOf, lang }).rows;
      for (const query of ["do thi", "urban", "ĐÔ THỊ", "ghi chu", "so xay dung", "nghe an", "so du lich", "english"]) {
        const bySearch = commitmentRows(all, { asOf, lang, filter: { search: query } }).map((r) => r.id);
        const byLead = commitmentRows(all, { asOf, lang, filter: { lead: query } }).map((r) => r.id);
        const test = phraseIn(query);
        const found = (which: "lead" | "search") =>
          rows.filter((r) => test(haystack(...searchedTexts(r)[which]))).map((r) => r.id);
        expect(found("search"), `${lang} ${query}`).toEqual(bySearch);
        expect(found("lead"), `${lang} ${query}`).toEqual(byLead);
      }
    }
  });
});
