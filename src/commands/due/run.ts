import type { Context } from "../../context.js";
import { dueReviews } from "../../core/schedule/due.js";
import type { ReviewState } from "../../core/schedule/schedule.js";
import { type DueFormat, dueFormatters } from "../../format/due/index.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { durationOption } from "../options.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export interface DueCommandOptions {
  format: DueFormat;
  within?: string;
  state?: ReviewState;
}

export async function due(options: DueCommandOptions, context: Context): Promise<CommandOutput> {
  const within = durationOption("--within", options.within, "P30D, P3M or P1Y", context.lang);
  const loaded = await loadAgreements(context, "schedule");
  const reviews = dueReviews(loaded.agreements, {
    asOf: context.asOf,
    lang: context.lang,
    ...(context.config.remind !== undefined ? { remind: context.config.remind } : {}),
    ...(within !== undefined ? { within } : {}),
    ...(options.state !== undefined ? { state: options.state } : {}),
  });
  const stdout = dueFormatters[options.format](
    { asOf: context.asOf, lang: context.lang, reviews },
    { chalk: context.chalk, ...(context.width !== undefined ? { width: context.width } : {}) },
  );
  return withSkipped(stdout, loaded, context.lang);
}
