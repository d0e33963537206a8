import type { DueReview } from "../../core/schedule/due.js";
import type { Lang } from "../../i18n/lang.js";
import type { ListingOptions } from "../listing.js";

export interface DueView {
  asOf: string;
  lang: Lang;
  reviews: readonly DueReview[];
  /** When the output is made (epoch ms): the iCalendar DTSTAMP. */
  generatedAt: number;
  /** The IANA time zone that decides "today". */
  timeZone: string;
}

export type DueFormatter = (view: DueView, options: ListingOptions) => string;
