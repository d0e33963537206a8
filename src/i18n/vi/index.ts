import type { Catalogue } from "../catalogue.js";
import { agenda } from "./agenda.js";
import { calendar } from "./calendar.js";
import { codes } from "./codes.js";
import { create } from "./create.js";
import { documents } from "./documents.js";
import { filters } from "./filters.js";
import { labels } from "./labels.js";
import { parties } from "./parties.js";
import { tables } from "./tables.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { agenda, calendar, codes, create, documents, filters, labels, parties, tables };
