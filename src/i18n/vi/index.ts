import type { Catalogue } from "../catalogue.js";
import { labels } from "./labels.js";
import { limits } from "./limits.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { labels, limits };
