import { type Catalogue, messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import type { Html } from "./html.js";
import type { SiteLangs } from "./paths.js";

/** What every page of one language knows while it is built. */
export interface PageContext {
  langs: SiteLangs;
  lang: Lang;
  t: Catalogue["site"];
  labels: Catalogue["labels"];
  /** The site's name: --title, else the catalogue's. */
  title: string;
  asOf: string;
  version: string;
  /** Agenda files made for each agreement, by agreement id: format and path from the site's root. */
  agendas: ReadonlyMap<string, readonly { format: string; path: string }[]>;
  /** Dates already written out (see `time`). */
  times: Map<string, Html>;
  /** Badges already written out (see `stateBadge`, `statusBadge`): a portfolio repeats a handful. */
  badges: Map<string, Html>;
  /** A date as the language writes it, each worked out once. */
  dateText: (date: string) => string;
}

export function pageContext(
  options: Omit<PageContext, "t" | "labels" | "title" | "times" | "badges" | "dateText"> & {
    title: string | undefined;
  },
): PageContext {
  const catalogue = messages(options.lang);
  const texts = new Map<string, string>();
  const dateText = (date: string) => {
    let text = texts.get(date);
    if (text === undefined) {
      text = catalogue.site.date({ date });
      texts.set(date, text);
    }
    return text;
  };
  return {
    ...options,
    t: catalogue.site,
    labels: catalogue.labels,
    title: options.title ?? catalogue.site.defaultTitle,
    times: new Map(),
    badges: new Map(),
    dateText,
  };
}
