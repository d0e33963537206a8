import type { Context } from "../../context.js";
import { agreementView } from "../../core/views/show.js";
import { registry } from "../../data-units.js";
import { showText } from "../../format/show/text.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { findLoaded } from "../find.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export async function show(id: string, options: { format: "text" | "json" }, context: Context): Promise<CommandOutput> {
  const loaded = await loadAgreements(context);
  const { found, refused } = findLoaded(loaded, id, context.lang);
  if (refused) return refused;
  const { file, agreement } = found;
  const remind = context.config.remind;
  const view = agreementView(file, agreement, {
    asOf: context.asOf,
    lang: context.lang,
    units: registry,
    ...(remind !== undefined ? { remind } : {}),
  });
  const stdout =
    options.format === "json"
      ? `${JSON.stringify({ asOf: context.asOf, agreement: view }, null, 2)}\n`
      : showText(view, { lang: context.lang, chalk: context.chalk, width: context.width ?? 100 });
  return withSkipped(stdout, loaded, context.lang);
}
