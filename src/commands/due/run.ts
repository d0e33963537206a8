import type { Context } from "../../context.js";
import { byDueDate, type DueReview, dueReviews } from "../../core/schedule/due.js";
import type { ReviewState } from "../../core/schedule/schedule.js";
import type { DueFormat } from "../../format/due/index.js";
import { json } from "../../format/due/json.js";
import { csv, md, table, tableTo } from "../../format/due/listing.js";
import type { DueFormatter } from "../../format/due/types.js";
import { messages } from "../../i18n/index.js";
import { eachAgreement } from "../../load/each-agreement.js";
import { durationOption } from "../options.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

export interface DueCommandOptions {
  format: DueFormat;
  within?: string;
  state?: ReviewState;
}

export async function due(options: DueCommandOptions, context: Context): Promise<CommandOutput> {
  const within = durationOption("--within", options.within, context.lang);
  const dueOptions = {
    asOf: context.asOf,
    lang: context.lang,
    ...(context.config.remind !== undefined ? { remind: context.config.remind } : {}),
    ...(within !== undefined ? { within } : {}),
    ...(options.state !== undefined ? { state: options.state } : {}),
  };
  // Each agreement is reduced to its next review as it is read; the reviews are put in order at the end.
  const found: DueReview[] = [];
  const loaded = await eachAgreement(context, (file) => found.push(...dueReviews([file], dueOptions)), {
    retain: "schedule",
  });
  const reviews = found.sort(byDueDate);
  const view = {
    asOf: context.asOf,
    lang: context.lang,
    reviews,
    generatedAt: context.now,
    timeZone: context.timeZone,
  };
  const listing = { chalk: context.chalk, ...(context.width !== undefined ? { width: context.width } : {}) };
  // A table of many rows is written as it is made, never held whole.
  // The calendar's library is loaded only for a calendar.
  const formatter: DueFormatter =
    options.format === "ics" ? (await import("../../format/due/ics.js")).ics : { table, json, csv, md }[options.format];
  const stdout = options.format === "table" ? tableTo(view, listing) : formatter(view, listing);
  const output = withSkipped(stdout, loaded, context.lang);
  // An empty calendar is still a valid file (subscribers see no events); say why there is nothing in it.
  if (options.format === "ics" && reviews.length === 0) {
    return { ...output, stderr: `${output.stderr ?? ""}${messages(context.lang).calendar.empty}\n` };
  }
  return output;
}
