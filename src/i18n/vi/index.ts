import type { Catalogue } from "../catalogue.js";
import { access } from "./access.js";
import { labels } from "./labels.js";
import { limits } from "./limits.js";

/** The Vietnamese catalogue: the default language. */
export const vi: Catalogue = { access, labels, limits };
