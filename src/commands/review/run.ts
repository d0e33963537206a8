import type { Context } from "../../context.js";
import { applyEdit } from "../../edit/apply.js";
import { addReview } from "../../edit/edits.js";
import { agreementFile } from "../find.js";
import { parseDateOption, positiveInteger } from "../options.js";
import type { CommandOutput } from "../types.js";

export interface ReviewAddOptions {
  date: string;
  covers?: string;
  kind?: "scheduled" | "extra";
  summary?: string;
  place?: string;
  dryRun?: boolean;
}

/** Records a review meeting that was held, in the agreement's file. */
export async function reviewAdd(id: string, options: ReviewAddOptions, context: Context): Promise<CommandOutput> {
  const date = parseDateOption("--date", options.date, context);
  const covers = positiveInteger("--covers", options.covers, context.lang);
  const file = await agreementFile(id, context);
  const review = {
    date,
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
    ...(covers !== undefined ? { covers } : {}),
    ...(options.place !== undefined ? { place: options.place } : {}),
    ...(options.summary !== undefined ? { summary: options.summary } : {}),
  };
  return applyEdit({ file, dryRun: options.dryRun === true, change: (text) => addReview(text, review) }, context);
}
