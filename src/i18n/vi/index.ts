import type { Catalogue } from "../catalogue.js";
import { filters } from "./filters.js";
import { labels } from "./labels.js";
import { parties } from "./parties.js";
import { tables } from "./tables.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { filters, labels, parties, tables };
