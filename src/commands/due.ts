import { dueReviews } from "../core/due.js";
import { parseDuration } from "../core/duration.js";
import type { ReviewState } from "../core/schedule.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { type DueFormat, dueFormatters } from "../format/due/index.js";
import { loadAgreements } from "../load/load-agreements.js";
import { withSkipped } from "./skipped.js";
import type { CommandOutput } from "./types.js";

export interface DueCommandOptions {
  format: DueFormat;
  within?: string;
  state?: ReviewState;
}

export async function due(options: DueCommandOptions, context: Context): Promise<CommandOutput> {
  const within = options.within === undefined ? undefined : parseDuration(options.within);
  if (options.within !== undefined && within === undefined) {
    throw new UsageError(`--within must be a duration such as P30D, P3M or P1Y, not "${options.within}"`);
  }
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
