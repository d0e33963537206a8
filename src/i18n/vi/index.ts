import type { Catalogue } from "../catalogue.js";
import { labels } from "./labels.js";
import { measures } from "./measures.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { labels, measures };
