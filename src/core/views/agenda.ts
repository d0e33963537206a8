import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import type { Agreement, CommitmentStatus, Party } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf } from "../model/agreement.js";
import { assignmentText, personText, shortName } from "../parties/names.js";
import { successionSuffix, type UnitRegistry, withShortNames } from "../parties/units.js";
import { addDuration, durationText, requireDuration } from "../schedule/duration.js";
import { countedReviews, scheduleOf } from "../schedule/schedule.js";
import { localized } from "../text/localized.js";

export interface AgendaOptions {
  asOf: string;
  lang: Lang;
  remind?: string;
  /** The review number; default the next one. */
  review?: number;
  /** The meeting date; default the review's scheduled date. */
  date?: string;
  /** Where the meeting is held, and the place of the place-and-date line; default the host's short name. */
  place?: string;
  /** The hosting party's id; default the first province or city, else the first party. */
  host?: string;
  /** The issuing body of the programme; default the host's name in capitals. */
  issuer?: string;
  /** The unit registry, to say who answers now for a party whose province was merged. */
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
  issuer: string;
  host: string;
  place: string;
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

function hostOf(parties: readonly Party[], id: string | undefined): Party {
  if (id !== undefined) {
    const found = parties.find((p) => p.id === id);
    if (!found) throw new AgendaError(`no party "${id}" in this agreement (${parties.map((p) => p.id).join(", ")})`);
    return found;
  }
  return parties.find((p) => p.type === "province" || p.type === "city") ?? parties[0]!;
}

/** The view model of a review meeting's programme. Pure: dates and choices come in as options. */
export function agendaView(a: Agreement, options: AgendaOptions): AgendaView {
  const { lang } = options;
  const schedule = scheduleOf(
    a,
    options.remind === undefined ? { asOf: options.asOf } : { asOf: options.asOf, remind: options.remind },
  );
  const counted = schedule?.held ?? countedReviews(a).map((review, i) => ({ review, number: i + 1 }));
  const number = options.review ?? schedule?.next?.number ?? (schedule ? undefined : counted.length + 1);
  if (number === undefined)
    throw new AgendaError(
      "the agreement has no next review (it is not active, or expires first); choose one with --review",
    );
  const fixed = schedule?.mode === "fixed";
  const scheduled =
    schedule === undefined
      ? undefined
      : fixed
        ? schedule.dueOf(number)
        : number === schedule.next?.number
          ? schedule.next.due
          : undefined;
  const meeting = options.date ?? scheduled;
  if (meeting === undefined)
    throw new AgendaError("the agreement states no review schedule; give the meeting date with --date");

  const previous = [...counted].reverse().find((h) => h.review.date < meeting && (!fixed || h.number < number));
  const since = previous?.review.date;
  const parties = withShortNames(options.units, a, { asOf: options.asOf, lang });
  const host = hostOf(parties, options.host);
  const place = options.place ?? shortName(host, lang);

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
    issuer: options.issuer ?? host.name.toLocaleUpperCase("vi"),
    host: host.name,
    place,
    parties: parties.map((p) => ({
      name: p.name + successionSuffix(options.units, p, a, { asOf: meeting, lang, style: "full" }),
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
