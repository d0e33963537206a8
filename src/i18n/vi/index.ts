import type { Catalogue } from "../catalogue.js";
import { agenda } from "./agenda.js";
import { documents } from "./documents.js";
import { labels } from "./labels.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { labels, documents, agenda };
