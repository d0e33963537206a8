import type { DueReview } from "../../core/schedule/due.js";
import type { DueFormatter } from "./types.js";

/** A review as JSON, keys in the documented order. */
export const jsonReview = ({ agreement, number, due, state, days, missed, file }: DueReview) => ({
  agreement,
  number,
  due,
  state,
  days,
  missed,
  file,
});

/** SPEC §5: {"asOf", "reviews": [{agreement, number, due, state, days, missed, file}]}. */
export const json: DueFormatter = ({ asOf, reviews }) =>
  `${JSON.stringify({ asOf, reviews: reviews.map(jsonReview) }, null, 2)}\n`;
