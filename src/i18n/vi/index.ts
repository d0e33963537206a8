import type { Catalogue } from "../catalogue.js";
import { calendar } from "./calendar.js";
import { codes } from "./codes.js";
import { create } from "./create.js";
import { filters } from "./filters.js";
import { labels } from "./labels.js";
import { measures } from "./measures.js";
import { parties } from "./parties.js";
import { report } from "./report.js";
import { scorecard } from "./scorecard.js";
import { tables } from "./tables.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { calendar, codes, create, filters, labels, measures, parties, report, scorecard, tables };
