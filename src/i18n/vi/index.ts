import type { Catalogue } from "../catalogue.js";
import { filters } from "./filters.js";
import { labels } from "./labels.js";
import { measures } from "./measures.js";
import { parties } from "./parties.js";
import { report } from "./report.js";
import { scorecard } from "./scorecard.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { filters, labels, measures, parties, report, scorecard };
