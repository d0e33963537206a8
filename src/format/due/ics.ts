import ical, { ICalAlarmType } from "ical-generator";
import { daysBetween } from "../../core/schedule/duration.js";
import { shortDate } from "../../core/text/date-text.js";
import { messages } from "../../i18n/index.js";
import type { DueFormatter } from "./types.js";

const midnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);
const MINUTE = 60_000;
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/** "+0700": a zone's offset from UTC at an instant, from the zone data every Node.js carries. */
function offsetOf(timeZone: string, at: number): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  return m ? `${m[1]}${m[2]}${m[3]}` : "+0000";
}

/**
 * The VTIMEZONE of the zone the calendar was made in. Events are all-day (dates, no time), so nothing
 * depends on it; it names the zone, and keeps a calendar with no events valid (RFC 5545 wants at least
 * one component).
 */
function timezoneComponent(timeZone: string, at: number): string {
  const offset = offsetOf(timeZone, at);
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per review and an alarm when it falls due soon (the
 * agreement's `remind` before). The UID depends only on the agreement and the review number, so importing
 * a newer file updates the event instead of duplicating it; DTSTAMP is when the file was made and
 * SEQUENCE grows with it (minutes since 2020), so a calendar notices a review that moved.
 */
export const ics: DueFormatter = ({ lang, reviews, generatedAt, timeZone }) => {
  const m = messages(lang);
  const c = m.calendar;
  const calendar = ical({ name: c.name, prodId: { company: "mou", product: "mou", language: lang.toUpperCase() } });
  const stamp = new Date(generatedAt);
  const sequence = Math.max(0, Math.floor((generatedAt - SEQUENCE_EPOCH) / MINUTE));
  for (const r of reviews) {
    const description = [
      c.agreement({ title: r.title, id: r.agreement }),
      c.due({ due: shortDate(r.due, lang), state: m.labels.reviewState[r.state] }),
      ...(r.missed.length ? [c.missed({ numbers: r.missed.join(", ") })] : []),
    ];
    const event = calendar.createEvent({
      id: `${r.agreement}-review-${r.number}@mou`,
      start: midnightUtc(r.due),
      allDay: true,
      stamp,
      sequence,
      summary: c.summary({ number: r.number, title: r.title }),
      description: description.join("\n"),
    });
    const before = daysBetween(r.remindFrom, r.due);
    if (before > 0) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: before * 86_400,
        description: c.alarm({ number: r.number, title: r.title, due: shortDate(r.due, lang) }),
      });
    }
  }
  const text = calendar.toString();
  const end = "END:VCALENDAR";
  // Every line ends with CRLF, the last one too (RFC 5545 §3.1).
  return `${text.slice(0, text.lastIndexOf(end))}${timezoneComponent(timeZone, generatedAt)}\r\n${end}\r\n`;
};
