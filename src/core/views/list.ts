import type { Lang } from "../../i18n/lang.js";
import type { Agreement, AgreementFile, AgreementStatus } from "../model/agreement.js";
import { statusOf } from "../model/agreement.js";
import { partyCurrentCode, successionSuffix, type UnitRegistry, withShortNames } from "../parties/units.js";
import { type NextReview, scheduleOf } from "../schedule/schedule.js";
import { localized } from "../text/localized.js";

export interface AgreementRow {
  id: string;
  title: string;
  kind: Agreement["kind"];
  status: AgreementStatus;
  signed: string | null;
  parties: string[];
  partyNames: string[];
  next: Pick<NextReview, "number" | "due" | "state" | "days"> | null;
  file: string;
}

/** One row per agreement, by id, with its next review as of `asOf`. */
export function agreementRows(
  files: readonly AgreementFile[],
  options: { asOf: string; lang: Lang; remind?: string; units?: UnitRegistry; unit?: string },
): AgreementRow[] {
  const scheduleOptions =
    options.remind === undefined ? { asOf: options.asOf } : { asOf: options.asOf, remind: options.remind };
  return files
    .filter(
      ({ agreement: a }) =>
        options.unit === undefined ||
        options.units === undefined ||
        a.parties.some((p) => partyCurrentCode(options.units!, p, a, options.asOf) === options.unit),
    )
    .map(({ file, agreement: a }) => {
      const next = scheduleOf(a, scheduleOptions)?.next ?? null;
      return {
        id: a.id,
        title: localized(a.title, options.lang),
        kind: a.kind,
        status: statusOf(a),
        signed: a.signed ?? null,
        parties: a.parties.map((p) => p.id),
        partyNames: withShortNames(options.units, a, options).map(
          (p) =>
            p.short + successionSuffix(options.units, p, a, { asOf: options.asOf, lang: options.lang, style: "table" }),
        ),
        next: next === null ? null : { number: next.number, due: next.due, state: next.state, days: next.days },
        file,
      };
    })
    .sort(byId);
}

export const byId = (x: AgreementRow, y: AgreementRow): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
