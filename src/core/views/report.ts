import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import { goalSections } from "../measures/goals.js";
import type { Track } from "../measures/progress.js";
import { type ReviewRecord, reviewRecord } from "../measures/reviews.js";
import { type Tally, tallyOf } from "../measures/tally.js";
import type { Agreement, Commitment, CommitmentStatus, Party } from "../model/agreement.js";
import { partyName } from "../parties/english.js";
import { defaultHost, type Issuing, issuingOf, unitPhrase } from "../parties/issuer.js";
import { shortName } from "../parties/names.js";
import { successionSuffix, type UnitRegistry } from "../parties/units.js";
import { durationText, requireDuration } from "../schedule/duration.js";
import { shortDate } from "../text/date-text.js";
import { localized } from "../text/localized.js";
import { oneLine, withoutControls } from "../text/neutral.js";
import { formatPercent } from "../text/numbers.js";
import { numberRanges } from "../text/ranges.js";
import { recipientsOf, type Signature, type SignerRole, signatureOf } from "./agenda-closing.js";
import { commitmentView, type ReportCommitment, type ReportIndicator } from "./report-commitments.js";
import { reportItems } from "./report-items.js";
import { type PeriodOptions, ReportError, type ReportPeriod, reportPeriod } from "./report-period.js";
import { type TimelineEvent, timelineOf } from "./report-timeline.js";

export type { ReportCommitment, ReportIndicator } from "./report-commitments.js";
export { ReportError } from "./report-period.js";
export type { TimelineEvent } from "./report-timeline.js";

export interface ReportOptions extends PeriodOptions {
  /** The reporting party's id; default the first province or city, else the first party. */
  party?: string;
  /** The place of the place-and-date line; default the reporting party's (or its successor's) place. */
  place?: string;
  signer?: string;
  signerRole?: SignerRole;
  /** The issuing body in the title block, one line; default "ỦY BAN NHÂN DÂN / TỈNH …" for a province. */
  issuer?: string;
  units?: UnitRegistry;
}

export interface ReportSection {
  /** "2.1": its place in the report. */
  number: string;
  /** Heading depth below the section it belongs to: 1 for a goal, 2 for a strategy under it, … */
  depth: number;
  /** A top-level goal (or the other contents), as opposed to a strategy under a goal. */
  top: boolean;
  title?: string;
  commitments: ReportCommitment[];
}

/** Everything a report template may show; strings are plain text (the renderer escapes them). */
export interface ReportView {
  lang: Lang;
  id: string;
  title: string;
  otherTitle?: string;
  kind: string;
  status: string;
  signed?: string;
  /** "ký ngày 24/7/2023", "phê duyệt ngày 10/9/2018" (a project is approved, not signed). */
  signedPhrase?: string;
  /** The issuing body, one line of the title block each ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"). */
  issuer: string[];
  /** Whether the issuer is a People's Committee (the number then carries "BC-UBND"). */
  committee: boolean;
  /** Who reports, in running text: "Ủy ban nhân dân tỉnh Quảng Ngãi". */
  reporter: string;
  place: string;
  /** The date of the place-and-date line: the report's date (today, or --as-of). */
  issued: string;
  signature: Signature;
  /** "Nơi nhận", one recipient each, without the leading dash or the closing punctuation. */
  recipients: string[];
  date: string;
  /** `label`: "giai đoạn 2023 - 2025"; `range`: "từ ngày 20/3/2023 đến ngày 01/02/2024" (or "tính đến ngày …"). */
  period: ReportPeriod & { label: string; range: string };
  parties: { name: string; short: string }[];
  general: string[];
  tally: Tally;
  /** `missedText`: the missed reviews' numbers as runs ("1–3, 5"). */
  reviews: ReviewRecord & { missedText: string };
  statusRows: { status: CommitmentStatus; label: string; count: number; percent: string }[];
  trackRows: { track: Track; label: string; count: number }[];
  sections: ReportSection[];
  indicators: ReportIndicator[];
  difficulties: string[];
  tasks: string[];
  proposals: string[];
  timeline: TimelineEvent[];
}

const EMPTY: UnitRegistry = { units: [] } as unknown as UnitRegistry;

function reporterOf(registry: UnitRegistry, a: Agreement, options: ReportOptions): Party {
  const { parties } = a;
  if (options.party === undefined)
    return defaultHost(registry, parties, { agreement: a.signed ?? options.asOf, on: options.asOf });
  const found = parties.find((p) => p.id === options.party);
  if (!found)
    throw new ReportError(
      messages(options.lang).report.errors.noParty({ id: options.party, known: parties.map((p) => p.id).join(", ") }),
    );
  return found;
}

/**
 * Who reports, as a sentence names it: the issuer the party states in the file, else its unit's People's
 * Committee, else an --issuer written in ordinary case, else the party's name (an --issuer in capitals, as
 * title blocks write it, would shout in the middle of a sentence).
 */
function reporterText(party: Party, issuing: Issuing, options: ReportOptions): string {
  if (party.issuer !== undefined) return localized(party.issuer, options.lang);
  if (issuing.committee && issuing.unit !== undefined)
    return messages(options.lang).report.reporter({ name: unitPhrase(issuing.unit, options.lang) });
  const given = options.issuer;
  return given !== undefined && given !== given.toLocaleUpperCase("vi") ? given : partyName(party, options.lang);
}

const restStatuses = ["in-progress", "stalled", "not-started", "dropped"] as const;

/** "Tỉnh Nghệ An" is "tỉnh Nghệ An" inside a Vietnamese sentence. */
const inSentence = (name: string, lang: Lang) =>
  lang === "vi" ? name.replace(/^(Tỉnh|Thành phố|Huyện|Xã) /u, (w) => w.toLocaleLowerCase("vi")) : name;

/** "A, B và C". */
const listText = (items: readonly string[], and: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;

/** "Hoàn thành": a label at the head of a table cell or legend. */
const capital = (text: string) => text.replace(/^./u, (c) => c.toLocaleUpperCase());

/** The view model of an implementation report (báo cáo kết quả thực hiện). Pure: dates come in as options. */
export function reportView(a: Agreement, options: ReportOptions): ReportView {
  const { lang, asOf } = options;
  const t = messages(lang);
  const period = reportPeriod(a, options);
  const registry = options.units ?? EMPTY;
  const agreementDate = a.signed ?? asOf;
  const party = reporterOf(registry, a, options);
  const issuing = issuingOf(registry, party, {
    agreementDate,
    date: asOf,
    lang,
    ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    ...(options.place !== undefined ? { place: options.place } : {}),
  });
  if (!("issuer" in issuing))
    throw new ReportError(
      t.report.errors.notProvince({
        name: withoutControls(oneLine(partyName(party, lang))),
        missing: issuing.missing.join(","),
      }),
    );
  const commitments = a.commitments ?? [];
  const tally = tallyOf(commitments, a, asOf);
  const reviews = reviewRecord(a, options.remind === undefined ? { asOf } : { asOf, remind: options.remind });
  const kind = t.labels.kind[a.kind];

  const { sections: goalList, other } = goalSections(a);
  const view = (c: Commitment) => commitmentView(c, a, period, asOf, lang);
  const sections: ReportSection[] = goalList.map((s) => ({
    number: s.path.join("."),
    depth: s.depth,
    top: s.depth === 1,
    title: localized(s.goal.title, lang),
    commitments: s.commitments.map(view),
  }));
  if (other.length > 0)
    sections.push({
      number: goalList.length === 0 ? "" : String(goalList.filter((s) => s.depth === 1).length + 1),
      depth: 1,
      top: true,
      commitments: other.map(view),
    });
  const all = sections.flatMap((s) => s.commitments);
  const indicators = all.flatMap((c) => c.indicators);

  const c = tally.commitments;
  const percentOf = (n: number) => formatPercent(c.total === 0 ? 0 : (100 * n) / c.total, lang);
  const situation = [
    ...(a.signed
      ? [
          t.report.general.signed({
            kind,
            approved: a.kind === "project" ? 1 : 0,
            date: shortDate(a.signed, lang),
            parties: listText(
              a.parties.map(
                (p) =>
                  inSentence(partyName(p, lang), lang) +
                  successionSuffix(options.units, p, a, { asOf, lang, style: "full" }),
              ),
              t.report.and,
            ),
          }),
        ]
      : []),
    t.report.general.contents({ kind, count: c.total, goals: (a.goals ?? []).length }),
    a.review === undefined
      ? t.report.general.noRule({ kind })
      : t.report.general.rule({ every: durationText(requireDuration(a.review.every), lang) }),
    ...(a.review !== undefined
      ? [
          t.report.general.held({
            held: reviews.held,
            last: period.previous === undefined ? "" : shortDate(period.previous.date, lang),
          }),
        ]
      : reviews.last
        ? [t.report.general.lastMeeting({ date: shortDate(reviews.last.date, lang) })]
        : []),
  ];
  const results = [
    t.report.general.status({
      date: shortDate(asOf, lang),
      started: c.done + c["in-progress"] + c.stalled,
      total: c.total,
      done: c.done,
      percent: formatPercent(c.donePercent ?? 0, lang),
      rest: (c.done + c["in-progress"] + c.stalled === 0 ? (["dropped"] as const) : restStatuses)
        .filter((k) => c[k] > 0)
        .map((k) => t.report.general.statusPart({ count: c[k], label: t.labels.commitmentStatus[k] }))
        .join(", "),
    }),
    ...(c.pastDue > 0 ? [t.report.general.pastDue({ count: c.pastDue })] : []),
    ...(tally.indicators.total > 0
      ? [
          t.report.general.indicators({
            total: tally.indicators.total,
            parts: (["achieved", "on-track", "off-track", "missed", "no-data", "unknown"] as const)
              .filter((k) => tally.indicators[k] > 0)
              .map((k) => t.report.general.indicatorPart({ count: tally.indicators[k], track: t.measures.track[k] }))
              .join(", "),
          }),
        ]
      : []),
  ];
  const general = [situation.join(" "), results.join(" ")];

  const title = localized(a.title, lang);
  const otherTitle = typeof a.title === "string" ? undefined : localized(a.title, lang === "vi" ? "en" : "vi");
  const fromYear = period.from.slice(0, 4);
  const toYear = period.to.slice(0, 4);
  const items = reportItems({ lang, all, indicators, reviews, period });
  return {
    lang,
    id: a.id,
    title,
    ...(otherTitle !== undefined && otherTitle !== title ? { otherTitle } : {}),
    kind,
    status: t.labels.agreementStatus[a.status ?? "active"],
    ...(a.signed !== undefined
      ? {
          signed: a.signed,
          signedPhrase: t.report.signedPhrase({
            approved: a.kind === "project" ? 1 : 0,
            date: shortDate(a.signed, lang),
          }),
        }
      : {}),
    issuer: issuing.issuer,
    committee: issuing.committee,
    reporter: reporterText(party, issuing, options),
    place: issuing.place,
    issued: asOf,
    signature: signatureOf(party, issuing, {
      lang,
      ...(options.signer !== undefined ? { signer: options.signer } : {}),
      ...(options.signerRole !== undefined ? { role: options.signerRole } : {}),
    }),
    recipients: recipientsOf(registry, a.parties, party, {
      lang,
      agreementDate,
      date: asOf,
      ...(issuing.unit ? { hostUnit: issuing.unit } : {}),
    }),
    date: asOf,
    period: {
      ...period,
      label: t.report.period({ from: fromYear, to: toYear }),
      range: t.report.range({ from: shortDate(period.from, lang), to: shortDate(period.to, lang) }),
    },
    parties: a.parties.map((p) => ({ name: partyName(p, lang), short: shortName(p, lang) })),
    general,
    tally,
    reviews: { ...reviews, missedText: numberRanges(reviews.missed) },
    statusRows: (["done", "in-progress", "stalled", "not-started", "dropped"] as const).map((s) => ({
      status: s,
      label: capital(t.labels.commitmentStatus[s]),
      count: c[s],
      percent: percentOf(c[s]),
    })),
    trackRows: (["achieved", "on-track", "off-track", "missed", "no-data", "unknown"] as const).map((k) => ({
      track: k,
      label: capital(t.measures.track[k]),
      count: tally.indicators[k],
    })),
    sections,
    indicators,
    ...items,
    timeline: timelineOf(a, period, { asOf, lang, ...(options.remind ? { remind: options.remind } : {}) }),
  };
}
