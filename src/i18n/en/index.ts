import { filters } from "./filters.js";
import { labels } from "./labels.js";
import { measures } from "./measures.js";
import { parties } from "./parties.js";
import { report } from "./report.js";
import { scorecard } from "./scorecard.js";

/**
 * The English catalogue. Its shape is the `Catalogue` type that every language must fill completely, so
 * a text that exists in one language only does not compile. One file per area of the tool.
 */
export const en = { filters, labels, measures, parties, report, scorecard };
