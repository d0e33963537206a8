import { messages } from "../../i18n/index.js";
import { shortDate } from "../text/date-text.js";
import type { ReportView } from "../views/report.js";
import type { ChartSpec } from "./spec.js";

/** The most indicators the progress chart draws. */
export const MAX_BARS = 30;

export type ReportCharts = Partial<Record<"status" | "indicators" | "timeline", ChartSpec>>;

/** The charts of a report: the status bar of its points, its indicators' progress and its review timeline. */
export function reportCharts(view: ReportView): ReportCharts {
  const t = messages(view.lang).report.charts;
  const charts: ReportCharts = {};
  const total = view.tally.commitments.total;
  if (total > 0) {
    const items = view.statusRows.filter((r) => r.count > 0);
    charts.status = {
      kind: "status",
      title: t.status({ total }),
      total,
      items,
      lines: items.map((r) => t.statusItem({ label: r.label, count: r.count, percent: r.percent })),
    };
  }
  if (view.indicators.length > 0) {
    const items = view.indicators.map((i) => {
      const label = `${i.commitment}. ${i.title}`;
      const value = t.indicatorValue({ percent: i.percent, expected: i.expected });
      const text = t.indicatorItem({ label, value });
      return {
        key: `${i.commitment} ${i.id}`,
        label,
        percent: i.progress.percent,
        expected: i.expected === "" ? null : i.progress.expected,
        track: i.track,
        value,
        text,
      };
    });
    charts.indicators = {
      kind: "indicators",
      title: t.indicators,
      expectedLabel: t.expected,
      // Past a few dozen bars the picture says no more than the table; the caption keeps every number.
      items: items.slice(0, MAX_BARS),
      lines: items.map((i) => i.text),
    };
  }
  if (view.timeline.some((e) => e.kind !== "today" && e.kind !== "start")) {
    const events = view.timeline.map((e) => ({ ...e, dateText: shortDate(e.date, view.lang) }));
    charts.timeline = {
      kind: "timeline",
      title: t.timeline,
      events,
      lines: events.map((e) => t.timelineItem({ date: e.dateText, label: e.label })),
    };
  }
  return charts;
}
