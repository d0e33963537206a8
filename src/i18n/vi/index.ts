import type { Catalogue } from "../catalogue.js";
import { calendar } from "./calendar.js";
import { codes } from "./codes.js";
import { create } from "./create.js";
import { filters } from "./filters.js";
import { labels } from "./labels.js";
import { parties } from "./parties.js";
import { site } from "./site.js";
import { tables } from "./tables.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { calendar, codes, create, filters, labels, parties, site, tables };
