import type { Catalogue } from "../catalogue.js";
import { labels } from "./labels.js";
import { site } from "./site.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { labels, site };
