import type { Lang } from "../../i18n/lang.js";
import type { Agreement, Assignment, Party } from "../model/agreement.js";
import { assignmentText } from "../parties/names.js";
import { type UnitRegistry, withShortNames } from "../parties/units.js";
import { type Schedule, scheduleOf } from "../schedule/schedule.js";

/**
 * What several views work out about the same agreement on the same day, worked out once: its schedule
 * (the same in every language), its parties' short names and its assignments as text (once per
 * language). A site shows each agreement in six views, two per language (list row, portfolio, page,
 * commitments); without a memo each view works these out again. The memo is tied to one day, remind
 * setting and unit registry, and to the agreement objects themselves (held weakly): the caller makes one
 * per run, never per day. The values are shared and must not be changed.
 */
export interface ViewMemo {
  readonly asOf: string;
  schedule(a: Agreement): Schedule | undefined;
  shortNames(a: Agreement, lang: Lang): Party[];
  /** `assignmentText` of an assignment of `a`, with `a`'s parties' short names. */
  assignmentText(a: Agreement, x: Assignment, lang: Lang): string;
  /** A value a view works out once per object (a commitment, say) for the memo's day, under a name of its own. */
  keep<T>(name: string, key: object, make: () => T): T;
}

export function viewMemo(options: { asOf: string; remind?: string; units?: UnitRegistry }): ViewMemo {
  const { asOf, units } = options;
  const scheduleOptions = options.remind === undefined ? { asOf } : { asOf, remind: options.remind };
  const schedules = new WeakMap<Agreement, Schedule | undefined>();
  const names = { vi: new WeakMap<Agreement, Party[]>(), en: new WeakMap<Agreement, Party[]>() };
  const texts = { vi: new WeakMap<Assignment, string>(), en: new WeakMap<Assignment, string>() };
  const kept = new Map<string, WeakMap<object, unknown>>();
  const shortNames = (a: Agreement, lang: Lang) => {
    let made = names[lang].get(a);
    if (made === undefined) {
      made = withShortNames(units, a, { asOf, lang });
      names[lang].set(a, made);
    }
    return made;
  };
  return {
    asOf,
    schedule(a) {
      if (schedules.has(a)) return schedules.get(a);
      const made = scheduleOf(a, scheduleOptions);
      schedules.set(a, made);
      return made;
    },
    shortNames,
    assignmentText(a, x, lang) {
      let made = texts[lang].get(x);
      if (made === undefined) {
        made = assignmentText(x, shortNames(a, lang), lang);
        texts[lang].set(x, made);
      }
      return made;
    },
    keep<T>(name: string, key: object, make: () => T): T {
      let table = kept.get(name);
      if (table === undefined) {
        table = new WeakMap();
        kept.set(name, table);
      }
      if (table.has(key)) return table.get(key) as T;
      const made = make();
      table.set(key, made);
      return made;
    },
  };
}
