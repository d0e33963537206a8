import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Agreement, CommitmentStatus, Party } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { partyName as localName } from "../parties/english.js";
import { defaultHost, type Issuing, issuingOf, unitName, unitOnDate, unitPhrase } from "../parties/issuer.js";
import { assignmentText, personText, shortName } from "../parties/names.js";
import { successionSuffix, type UnitRegistry, withShortNames } from "../parties/units.js";
import { LAST_DATE } from "../schedule/dates.js";
import { addDuration, durationText, requireDuration } from "../schedule/duration.js";
import { countedReviews, fixedCalendar, scheduleOf } from "../schedule/schedule.js";
import { localized } from "../text/localized.js";
import { oneLine, withoutControls } from "../text/neutral.js";
import { recipientsOf, type Signature, type SignerRole, signatureOf } from "./agenda-closing.js";
import { timeSlots } from "./agenda-times.js";

export interface AgendaOptions {
  asOf: string;
  lang: Lang;
  remind?: string;
  /** The review number; default the next one. */
  review?: number;
  /** The meeting date; default the review's scheduled date. */
  date?: string;
  /** Where the meeting is held, and the place of the place-and-date line; default the host's place. */
  place?: string;
  /** The hosting party's id; default the first party that is a provincial unit in use on the meeting date. */
  host?: string;
  /** The issuing body of the programme; default the host's `issuer`, else its People's Committee. */
  issuer?: string;
  /** Who signs, and as chair or vice-chair; default a People's Committee chair among the host's people. */
  signer?: string;
  signerRole?: SignerRole;
  /** Start times of the items of the order of business (see parseTimes). */
  times?: string[];
  /** The unit registry: places, issuers and who answers for a party whose province was merged. */
  units?: UnitRegistry;
}

export interface AgendaCommitment {
  id: string;
  title: string;
  lead: string;
  support: string;
  status: CommitmentStatus;
  statusLabel: string;
  due?: string;
  overdue: boolean;
  stalled: boolean;
  /** Progress recorded since the previous review (or since the start), oldest first. */
  changes: { date: string; status?: string; note?: string }[];
}

/** Everything an agenda template may show; strings are plain text (the renderer escapes them). */
export interface AgendaView {
  lang: Lang;
  id: string;
  title: string;
  otherTitle?: string;
  kind: string;
  status: string;
  signed?: string;
  /** The issuing body, one line of the title block each ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"). */
  issuer: string[];
  /** Whether the issuer is a People's Committee (its documents carry the symbol UBND). */
  committee: boolean;
  /** The host as it chairs the meeting: the province or city that answers for it on the meeting date. */
  host: string;
  place: string;
  /** The date of the place-and-date line: today, or the meeting date if that is earlier. */
  issued: string;
  signature: Signature;
  /** "Nơi nhận", one recipient each, without the leading dash or the closing punctuation. */
  recipients: string[];
  /** The time of each item of the order of business, when --times gives them. */
  slots: string[];
  parties: { name: string; short: string; type?: string; representatives: string[] }[];
  review: {
    number: number;
    /** The scheduled date of this review, when there is a review rule. */
    scheduled?: string;
    meeting: string;
    every?: string;
    previous?: { number?: number; date: string };
    missed: number[];
  };
  commitments: AgendaCommitment[];
  /** Stalled or past-due points, for the discussion item. */
  discussion: AgendaCommitment[];
  following?: { number: number; date: string };
}

/** Why an agenda cannot be made; the shell turns it into a usage error. */
export class AgendaError extends Error {}

const EMPTY: UnitRegistry = { units: [] } as unknown as UnitRegistry;

function hostOf(registry: UnitRegistry, a: Agreement, options: AgendaOptions, date: string): Party {
  const { parties } = a;
  if (options.host === undefined) return defaultHost(registry, parties, { agreement: a.signed ?? date, on: date });
  const found = parties.find((p) => p.id === options.host);
  if (!found)
    throw new AgendaError(messages(options.lang).agenda.noParty({ id: options.host, ids: parties.map((p) => p.id) }));
  return found;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The view model of a review meeting's programme. Pure: dates and choices come in as options. */
export function agendaView(a: Agreement, options: AgendaOptions): AgendaView {
  const { lang } = options;
  const schedule = scheduleOf(
    a,
    options.remind === undefined ? { asOf: options.asOf } : { asOf: options.asOf, remind: options.remind },
  );
  const counted = schedule?.held ?? countedReviews(a).map((review, i) => ({ review, number: i + 1 }));
  const number = options.review ?? schedule?.next?.number ?? (schedule ? undefined : counted.length + 1);
  const text = messages(lang).agenda;
  if (number === undefined) throw new AgendaError(text.noNextReview);
  const fixed = schedule?.mode === "fixed";
  const calendar = fixed ? fixedCalendar(a) : undefined;
  if (calendar && number > calendar.count() + 1)
    throw new AgendaError(
      messages(lang).limits.reviewBeyondCalendar({ number, count: calendar.count(), last: LAST_DATE }),
    );
  const scheduled =
    schedule === undefined
      ? undefined
      : fixed
        ? schedule.dueOf(number)
        : number === schedule.next?.number
          ? schedule.next.due
          : undefined;
  const meeting = options.date ?? scheduled;
  if (meeting === undefined) throw new AgendaError(text.noSchedule);
  // A meeting is never silently dated in the past: a missed review needs the date it will really be held.
  if (options.date === undefined && meeting < options.asOf)
    throw new AgendaError(text.pastDate({ number, due: meeting, days: daysBetween(meeting, options.asOf) }));

  const previous = [...counted].reverse().find((h) => h.review.date < meeting && (!fixed || h.number < number));
  const since = previous?.review.date;
  const registry = options.units ?? EMPTY;
  const agreementDate = a.signed ?? meeting;
  const host = hostOf(registry, a, options, meeting);
  const issuing = issuingOf(registry, host, {
    agreementDate,
    date: meeting,
    lang,
    ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
    ...(options.place !== undefined ? { place: options.place } : {}),
  });
  if (!("issuer" in issuing)) {
    // The name goes to a terminal: no line end or escape from the data may reach it.
    const name = withoutControls(oneLine(localName(host, lang)));
    throw new AgendaError(text.notProvince({ name, missing: issuing.missing }));
  }
  const parties = withShortNames(options.units, a, { asOf: options.asOf, lang });

  const commitments: AgendaCommitment[] = (a.commitments ?? []).map((c) => {
    const status = commitmentStatusOf(c);
    const changes = (c.history ?? [])
      .filter((h) => (since === undefined || h.date > since) && h.date <= meeting)
      .map((h) => ({
        date: h.date,
        ...(h.status ? { status: messages(lang).labels.commitmentStatus[h.status] } : {}),
        ...(h.note ? { note: h.note } : {}),
      }));
    return {
      id: commitmentId(c),
      title: localized(c.title, lang),
      lead: (c.lead ?? []).map((x) => assignmentText(x, parties, lang)).join("; "),
      support: (c.support ?? []).map((x) => assignmentText(x, parties, lang)).join("; "),
      status,
      statusLabel: messages(lang).labels.commitmentStatus[status],
      ...(c.due !== undefined ? { due: c.due } : {}),
      overdue: commitmentOverdue(c, a, meeting),
      stalled: status === "stalled",
      changes,
    };
  });

  const every = a.review === undefined ? undefined : requireDuration(a.review.every);
  const following =
    every === undefined
      ? undefined
      : { number: number + 1, date: fixed ? schedule!.dueOf(number + 1) : addDuration(meeting, every) };
  const title = localized(a.title, lang);
  const otherTitle = typeof a.title === "string" ? undefined : localized(a.title, lang === "vi" ? "en" : "vi");

  return {
    lang,
    id: a.id,
    title,
    ...(otherTitle !== undefined && otherTitle !== title ? { otherTitle } : {}),
    kind: messages(lang).labels.kind[a.kind],
    status: messages(lang).labels.agreementStatus[a.status ?? "active"],
    ...(a.signed !== undefined ? { signed: a.signed } : {}),
    issuer: issuing.issuer,
    committee: issuing.committee,
    host: hostName(host, issuing, lang),
    place: issuing.place,
    issued: [options.asOf, meeting].sort()[0]!,
    signature: signatureOf(host, issuing, {
      lang,
      ...(options.signer !== undefined ? { signer: options.signer } : {}),
      ...(options.signerRole !== undefined ? { role: options.signerRole } : {}),
    }),
    recipients: recipientsOf(registry, a.parties, host, {
      lang,
      agreementDate,
      date: meeting,
      ...(issuing.unit ? { hostUnit: issuing.unit } : {}),
    }),
    slots: timeSlots(options.times ?? [], lang),
    parties: parties.map((p) => ({
      name:
        partyName(registry, p, agreementDate, lang) +
        successionSuffix(options.units, p, a, { asOf: meeting, lang, style: "full" }),
      short: shortName(p, lang),
      ...(p.type ? { type: messages(lang).labels.partyType[p.type] } : {}),
      representatives: [...(p.signatories ?? []), ...(p.representatives ?? [])].map(personText),
    })),
    review: {
      number,
      ...(scheduled !== undefined ? { scheduled } : {}),
      meeting,
      ...(every !== undefined ? { every: durationText(every, lang) } : {}),
      ...(previous ? { previous: { number: previous.number, date: previous.review.date } } : {}),
      missed: schedule?.next && schedule.next.number === number ? schedule.next.missed : [],
    },
    commitments,
    discussion: commitments.filter((c) => c.stalled || c.overdue),
    ...(following ? { following } : {}),
  };
}

/** The host in running text ("tỉnh Nghệ An"): the unit that answers for it on the meeting date. */
function hostName(host: Party, issuing: Issuing, lang: Lang): string {
  return issuing.unit === undefined ? localName(host, lang) : unitPhrase(issuing.unit, lang);
}

/** A party's name in the document's language: a province or city by its English name in English. */
function partyName(registry: UnitRegistry, party: Party, agreementDate: string, lang: Lang): string {
  const name = localName(party, lang);
  if (lang === "vi" || typeof party.name !== "string") return name;
  const unit = unitOnDate(registry, party, { agreement: agreementDate, on: agreementDate });
  return unit !== undefined && unit.official === party.name ? unitName(unit, lang) : name;
}
