import { currentUnit, resolveUnit, unitSlug } from "../core/parties/units.js";
import { suggest } from "../core/validation/suggest.js";
import { registry } from "../data-units.js";
import { UsageError } from "../errors.js";

/** The code of the unit a --unit option names (code or slug), as it stands on `asOf`; a usage error if none. */
export function unitOption(ref: string | undefined, asOf: string): string | undefined {
  if (ref === undefined) return undefined;
  const unit = resolveUnit(registry, ref, asOf);
  if (unit === undefined) {
    const hint = suggest(
      unitSlug(ref),
      registry.units.flatMap((u) => u.names.map((n) => unitSlug(n.name))),
    );
    throw new UsageError(
      `--unit: no provincial-level unit "${ref}"${hint ? `; did you mean "${hint}"?` : ""} (mou units lists them)`,
    );
  }
  return currentUnit(registry, unit, asOf).code;
}
