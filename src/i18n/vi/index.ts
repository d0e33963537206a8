import type { Catalogue } from "../catalogue.js";
import { labels } from "./labels.js";
import { measures } from "./measures.js";
import { scorecard } from "./scorecard.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { labels, measures, scorecard };
