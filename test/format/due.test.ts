import { Chalk } from "chalk";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import type { DueReview } from "../../src/core/schedule/due.js";
import { dueFormatters } from "../../src/format/due/index.js";

const reviews: DueReview[] = [
  {
    agreement: "nghe-an-quang-ngai-2023",
    title: "Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi",
    number: 1,
    due: "2025-07-24",
    state: "overdue",
    days: -10,
    missed: [],
    remindFrom: "2025-04-25",
    file: "agreements/nghe-an-quang-ngai-2023.yaml",
  },
  {
    agreement: "x-2020",
    title: 'Thỏa thuận "X", có dấu phẩy; và | ký tự *đặc biệt*',
    number: 3,
    due: "2025-08-30",
    state: "due-soon",
    days: 27,
    missed: [1, 2],
    remindFrom: "2025-06-01",
    file: "agreements/x-2020.yaml",
  },
];
// Made at 09:30 in Hà Nội on the as-of date.
const view = {
  asOf: "2025-08-03",
  lang: "vi" as const,
  reviews,
  generatedAt: Date.UTC(2025, 7, 3, 2, 30),
  timeZone: "Asia/Ho_Chi_Minh",
};
const plain = { chalk: new Chalk({ level: 0 }) };

describe("due formats", () => {
  it("json: the SPEC shape", () => {
    const parsed = JSON.parse(dueFormatters.json(view, plain));
    expect(parsed.asOf).toBe("2025-08-03");
    expect(parsed.reviews[1]).toEqual({
      agreement: "x-2020",
      number: 3,
      due: "2025-08-30",
      state: "due-soon",
      days: 27,
      missed: [1, 2],
      file: "agreements/x-2020.yaml",
    });
    expect(Object.keys(parsed.reviews[0])).toEqual(["agreement", "number", "due", "state", "days", "missed", "file"]);
  });

  it("table: aligned columns with localised headers and states", () => {
    expect(dueFormatters.table(view, plain)).toBe(
      [
        "Thỏa thuận               Kỳ  Hạn         Trạng thái   Số ngày  Kỳ bị bỏ lỡ",
        "nghe-an-quang-ngai-2023   1  2025-07-24  quá hạn          -10",
        "x-2020                    3  2025-08-30  sắp đến hạn       27  1, 2",
        "",
      ].join("\n"),
    );
    expect(dueFormatters.table({ ...view, lang: "en", reviews: [] }, plain)).toBe("No reviews.\n");
  });

  it("table: colours the state on a terminal", () => {
    const out = dueFormatters.table(view, { chalk: new Chalk({ level: 1 }) });
    expect(out).toContain("\u001b[31mquá hạn");
  });

  it("csv: RFC 4180 with a BOM and CRLF, round-trips with Vietnamese intact", () => {
    const csv = dueFormatters.csv(view, plain);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parse(csv, { bom: true });
    expect(rows[0]).toEqual(["Thỏa thuận", "Kỳ", "Hạn", "Trạng thái", "Số ngày", "Kỳ bị bỏ lỡ"]);
    expect(rows[2]).toEqual(["x-2020", "3", "2025-08-30", "sắp đến hạn", "27", "1, 2"]);
  });

  it("md: a table whose cells are literal", () => {
    const md = dueFormatters.md({ ...view, reviews: [{ ...reviews[1]!, agreement: "a|b*c" }] }, plain);
    expect(md.split("\n")[1]).toBe("| --- | ---: | --- | --- | ---: | --- |");
    expect(md).toContain("| a\\|b\\*c | 3 |");
  });

  it("ics: one all-day event per review with a stable UID, folded lines, whatever the time zone", () => {
    const ics = dueFormatters.ics(view, plain);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.filter((l) => l === "END:VEVENT")).toHaveLength(2);
    expect(lines).toContain("UID:nghe-an-quang-ngai-2023-review-1@mou");
    expect(lines).toContain("UID:x-2020-review-3@mou");
    expect(lines).toContain("DTSTART;VALUE=DATE:20250724");
    expect(lines).toContain("DTSTART;VALUE=DATE:20250830");
    // When the file was made, not midnight of the as-of date; the sequence grows with it.
    expect(lines).toContain("DTSTAMP:20250803T023000Z");
    expect(lines).toContain(`SEQUENCE:${Math.floor((view.generatedAt - Date.UTC(2020, 0, 1)) / 60_000)}`);
    expect(lines.filter((l) => l === "BEGIN:VALARM")).toHaveLength(2);
    expect(lines).toContain("TRIGGER:-P90D");
    expect(lines).toContain("TZID:Asia/Ho_Chi_Minh");
    expect(lines).toContain("TZOFFSETTO:+0700");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "SUMMARY:Họp đánh giá lần 1: Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi",
    );
    expect(unfolded).toContain("Kỳ bị bỏ lỡ: 1\\, 2");
    expect(unfolded).not.toContain("agreements/");
    expect(dueFormatters.ics(view, plain)).toBe(ics);
  });

  it("ics: parses with two calendar libraries, dates and alarms intact", async () => {
    const text = dueFormatters.ics(view, plain);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ["nghe-an-quang-ngai-2023-review-1@mou", "2025-07-24", true],
      ["x-2020-review-3@mou", "2025-08-30", true],
    ]);
    expect(events[1]?.summary).toBe('Họp đánh giá lần 3: Thỏa thuận "X", có dấu phẩy; và | ký tự *đặc biệt*');
    const alarm = calendar.getAllSubcomponents("vevent")[0]!.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("trigger")?.toString()).toBe("-P90D");

    const parsed = nodeIcal.sync.parseICS(text);
    const byUid = Object.values(parsed).filter((c) => c?.type === "VEVENT") as VEvent[];
    expect(byUid.map((e) => e.uid).sort()).toEqual(["nghe-an-quang-ngai-2023-review-1@mou", "x-2020-review-3@mou"]);
    expect(byUid.every((e) => e.datetype === "date")).toBe(true);
  });

  it("ics: with nothing due, still a valid calendar, with no events", () => {
    const text = dueFormatters.ics({ ...view, reviews: [] }, plain);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
    expect(text.endsWith("END:VTIMEZONE\r\nEND:VCALENDAR\r\n")).toBe(true);
  });
});
