import { currentUnit, resolveUnit, unitSlug } from "../core/parties/units.js";
import { suggest } from "../core/validation/suggest.js";
import { registry } from "../data-units.js";
import { UsageError } from "../errors.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";

/** The code of the unit a --unit option names (code or slug), as it stands on `asOf`; a usage error if none. */
export function unitOption(ref: string | undefined, asOf: string, lang: Lang): string | undefined {
  if (ref === undefined) return undefined;
  const unit = resolveUnit(registry, ref, asOf);
  if (unit === undefined) {
    const m = messages(lang).filters;
    const suggestion = suggest(
      unitSlug(ref),
      registry.units.flatMap((u) => u.names.map((n) => unitSlug(n.name))),
    );
    throw new UsageError(m.unknownUnit({ unit: ref, hint: suggestion ? m.didYouMean({ suggestion }) : "" }));
  }
  return currentUnit(registry, unit, asOf).code;
}
