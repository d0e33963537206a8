import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import { type IndicatorProgress, progressOf, type Track } from "../measures/progress.js";
import type { Agreement, Commitment, CommitmentStatus, Indicator } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf, indicatorId } from "../model/agreement.js";
import { assignmentText } from "../parties/names.js";
import { shortDate } from "../text/date-text.js";
import { localized } from "../text/localized.js";
import { formatNumber, formatPercent } from "../text/numbers.js";
import { inPeriod, type ReportPeriod } from "./report-period.js";

export interface ReportIndicator {
  commitment: string;
  id: string;
  title: string;
  unit: string;
  direction: string;
  baseline: string;
  target: string;
  by?: string;
  latest?: { value: string; date: string; source?: string };
  /** "45%"; empty without a percentage. */
  percent: string;
  /** What the calendar expects by the latest value's date; empty when it cannot say, or once reached. */
  expected: string;
  track: Track;
  trackLabel: string;
  /** The whole reading in one sentence. */
  line: string;
  progress: IndicatorProgress;
}

export interface ReportCommitment {
  id: string;
  title: string;
  lead: string;
  support: string;
  status: CommitmentStatus;
  statusLabel: string;
  due?: string;
  overdue: boolean;
  /** The latest note of its history, for the difficulties of a stalled point. */
  lastNote?: string;
  /** What happened in the period: history entries and measured values, oldest first. */
  changes: { when: string; status?: string; text: string }[];
  indicators: ReportIndicator[];
}

export function indicatorView(c: Commitment, ind: Indicator, asOf: string, lang: Lang): ReportIndicator {
  const t = messages(lang);
  const progress = progressOf(ind, asOf);
  const unit = ind.unit;
  const value = (v: number) => t.report.value({ value: formatNumber(v, lang), unit });
  const percent = progress.percent === null ? "" : formatPercent(progress.percent, lang);
  const expected = progress.expected === null || progress.reached ? "" : formatPercent(progress.expected, lang);
  const by = ind.target.by === undefined ? "" : shortDate(ind.target.by, lang);
  const trackLabel = t.measures.track[progress.track];
  const latest = progress.latest;
  return {
    commitment: commitmentId(c),
    id: indicatorId(ind),
    title: localized(ind.title, lang),
    unit,
    direction: t.measures.direction[ind.direction ?? "increase"],
    baseline: value(ind.baseline.value),
    target: value(ind.target.value),
    ...(by !== "" ? { by } : {}),
    ...(latest
      ? {
          latest: {
            value: value(latest.value),
            date: shortDate(latest.date, lang),
            ...(latest.source ? { source: latest.source } : {}),
          },
        }
      : {}),
    percent,
    expected,
    track: progress.track,
    trackLabel,
    line: t.report.indicatorLine({
      latest: latest ? value(latest.value) : "",
      date: latest ? shortDate(latest.date, lang) : "",
      target: value(ind.target.value),
      by,
      percent,
      baseline: value(ind.baseline.value),
      expected,
      track: trackLabel,
    }),
    progress,
  };
}

export function commitmentView(
  c: Commitment,
  a: Agreement,
  period: ReportPeriod,
  asOf: string,
  lang: Lang,
): ReportCommitment {
  const t = messages(lang);
  const status = commitmentStatusOf(c);
  const indicators = (c.indicators ?? []).map((ind) => indicatorView(c, ind, asOf, lang));
  const history = (c.history ?? [])
    .filter((h) => inPeriod(period, h.date) && h.date <= asOf)
    .map((h) => ({
      date: h.date,
      ...(h.status ? { status: t.labels.commitmentStatus[h.status] } : {}),
      text: h.note ?? "",
    }));
  const measured = (c.indicators ?? []).flatMap((ind) =>
    (ind.actuals ?? [])
      .filter((x) => inPeriod(period, x.date) && x.date <= asOf)
      .map((x) => ({
        date: x.date,
        text: t.report.actualChange({
          indicator: localized(ind.title, lang),
          value: t.report.value({ value: formatNumber(x.value, lang), unit: ind.unit }),
          source: x.source ?? "",
        }),
      })),
  );
  const changes = [...history, ...measured]
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
    .map(({ date, ...rest }) => ({ when: shortDate(date, lang), ...rest }));
  return {
    id: commitmentId(c),
    title: localized(c.title, lang),
    lead: (c.lead ?? []).map((x) => assignmentText(x, a.parties, lang)).join("; "),
    support: (c.support ?? []).map((x) => assignmentText(x, a.parties, lang)).join("; "),
    status,
    statusLabel: t.labels.commitmentStatus[status],
    ...(c.due !== undefined ? { due: shortDate(c.due, lang) } : {}),
    overdue: commitmentOverdue(c, a, asOf),
    ...lastNote(c, asOf),
    changes,
    indicators,
  };
}

function lastNote(c: Commitment, asOf: string): { lastNote?: string } {
  const notes = (c.history ?? []).filter((h) => h.note !== undefined && h.date <= asOf);
  const latest = notes.reduce<(typeof notes)[number] | undefined>(
    (m, h) => (m === undefined || h.date >= m.date ? h : m),
    undefined,
  );
  return latest?.note === undefined ? {} : { lastNote: latest.note };
}
