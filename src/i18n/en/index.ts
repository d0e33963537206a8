import { access } from "./access.js";
import { agenda } from "./agenda.js";
import { calendar } from "./calendar.js";
import { codes } from "./codes.js";
import { common } from "./common.js";
import { create } from "./create.js";
import { diagnostics } from "./diagnostics.js";
import { documents } from "./documents.js";
import { edit } from "./edit.js";
import { exchange } from "./exchange.js";
import { filters } from "./filters.js";
import { help } from "./help.js";
import { labels } from "./labels.js";
import { limits } from "./limits.js";
import { measures } from "./measures.js";
import { options } from "./options.js";
import { parties } from "./parties.js";
import { paths } from "./paths.js";
import { report } from "./report.js";
import { scorecard } from "./scorecard.js";
import { show } from "./show.js";
import { site } from "./site.js";
import { tables } from "./tables.js";

/**
 * The English catalogue. Its shape is the `Catalogue` type that every language must fill completely, so
 * a text that exists in one language only does not compile. One file per area of the tool.
 */
export const en = {
  access,
  agenda,
  calendar,
  codes,
  common,
  create,
  diagnostics,
  documents,
  edit,
  exchange,
  filters,
  help,
  labels,
  limits,
  measures,
  options,
  parties,
  paths,
  report,
  scorecard,
  show,
  site,
  tables,
};
