import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementStatus, Assignment, CommitmentStatus, Party, Source } from "../model/agreement.js";
import { commitmentId, commitmentOverdue, commitmentStatusOf, statusOf } from "../model/agreement.js";
import { partyName } from "../parties/english.js";
import { assignmentText } from "../parties/names.js";
import { successionSuffix, type UnitRegistry, withShortNames } from "../parties/units.js";
import { durationText, requireDuration } from "../schedule/duration.js";
import { DEFAULT_REMIND, type NextReview, scheduleOf } from "../schedule/schedule.js";
import { localized } from "../text/localized.js";
import type { ViewMemo } from "./memo.js";

export interface HeldReviewView {
  date: string;
  /** The scheduled review number it fulfilled; undefined for an extra meeting. */
  number?: number;
  extra: boolean;
  place?: string;
  summary?: string;
}

export interface AgreementView {
  id: string;
  file: string;
  title: string;
  /** The title in the other language, when the file gives both. */
  otherTitle?: string;
  kind: Agreement["kind"];
  status: AgreementStatus;
  signed?: string;
  effective?: string;
  expires?: string;
  document?: Agreement["document"];
  /**
   * Each party, named in the language asked for, with the note on who answers for it now ("(nay thuộc …)"),
   * empty when nothing changed.
   */
  parties: (Omit<Party, "name"> & { name: string; note: string })[];
  /** Meetings held, in date order, extra ones included. */
  reviews: HeldReviewView[];
  /** The review rule and where the schedule stands; absent when the agreement states no rule. */
  review?: {
    every: string;
    mode: "fixed" | "rolling";
    first?: string;
    remind: string;
    missed: number[];
    next: NextReview | null;
    none?: "not-active" | "expires";
  };
  commitments: {
    id: string;
    title: string;
    lead: string[];
    support: string[];
    status: CommitmentStatus;
    due?: string;
    overdue: boolean;
    sectors: string[];
    notes?: string;
  }[];
  sources: Source[];
  notes?: string;
}

/**
 * The object without its undefined values (JSON output leaves them out; so do tests' deep equality). A copy
 * rather than `delete`: an object that lost a property is slow to read from ever after, and a site reads
 * thousands of these.
 */
function defined<T extends object>(o: T): T {
  const out = {} as T;
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

/** Everything `mou show` prints about one agreement, as of a date, in a language. */
export function agreementView(
  file: string,
  a: Agreement,
  options: { asOf: string; lang: Lang; remind?: string; units?: UnitRegistry; memo?: ViewMemo },
): AgreementView {
  const { lang, memo } = options;
  const title = localized(a.title, lang);
  const other = typeof a.title === "string" ? undefined : localized(a.title, lang === "vi" ? "en" : "vi");
  const remind = a.review?.remind ?? options.remind ?? DEFAULT_REMIND;
  // The memo's schedule applies the same remind: the agreement's own, else the option, else the default.
  const schedule = memo ? memo.schedule(a) : scheduleOf(a, { asOf: options.asOf, remind });
  const numberOf = new Map(schedule?.held.map((h) => [h.review, h.number]));
  const held: HeldReviewView[] = [...(a.reviews ?? [])]
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
    .map((r) =>
      defined({ date: r.date, number: numberOf.get(r), extra: r.kind === "extra", place: r.place, summary: r.summary }),
    );
  const parties = memo ? memo.shortNames(a, lang) : withShortNames(options.units, a, options);
  const text = (x: Assignment) => (memo ? memo.assignmentText(a, x, lang) : assignmentText(x, parties, lang));
  return defined({
    id: a.id,
    file,
    title,
    otherTitle: other !== undefined && other !== title ? other : undefined,
    kind: a.kind,
    status: statusOf(a),
    signed: a.signed,
    effective: a.effective,
    expires: a.expires,
    document: a.document,
    parties: a.parties.map((p) => ({
      ...p,
      name: partyName(p, lang),
      note: successionSuffix(options.units, p, a, { asOf: options.asOf, lang, style: "full" }),
    })),
    reviews: held,
    review:
      a.review === undefined
        ? undefined
        : defined({
            every: durationText(requireDuration(a.review.every), lang),
            mode: a.review.from === "last-review" ? ("rolling" as const) : ("fixed" as const),
            first: a.review.first,
            remind: durationText(requireDuration(remind), lang),
            missed: schedule?.next?.missed ?? [],
            next: schedule?.next ?? null,
            none: schedule?.none,
          }),
    commitments: (a.commitments ?? []).map((c) =>
      defined({
        id: commitmentId(c),
        title: localized(c.title, lang),
        lead: (c.lead ?? []).map(text),
        support: (c.support ?? []).map(text),
        status: commitmentStatusOf(c),
        due: c.due,
        overdue: commitmentOverdue(c, a, options.asOf),
        sectors: c.sectors ?? [],
        notes: c.notes,
      }),
    ),
    sources: a.sources ?? [],
    notes: a.notes,
  });
}
