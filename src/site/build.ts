import type { AgreementFile } from "../core/model/agreement.js";
import type { UnitRegistry } from "../core/parties/units.js";
import { scheduleOf } from "../core/schedule/schedule.js";
import { commitmentIndex } from "../core/views/commitment-index.js";
import { portfolioView } from "../core/views/portfolio.js";
import { agreementView } from "../core/views/show.js";
import { timelineAxis, timelineTrack } from "../core/views/timeline.js";
import type { Lang } from "../i18n/lang.js";
import { agreementPage } from "./agreement.js";
import { commitmentsPage } from "./commitments.js";
import { pageContext } from "./context.js";
import { briefNames, overviewPage } from "./overview.js";
import { pagePath, type SiteLangs } from "./paths.js";

export interface SiteOptions {
  asOf: string;
  langs: SiteLangs;
  remind?: string;
  units?: UnitRegistry;
  title?: string;
  version: string;
  /** Agenda files already made, by agreement id and language: format and path from the site's root. */
  agendas?: ReadonlyMap<Lang, ReadonlyMap<string, readonly { format: string; path: string }[]>>;
}

/**
 * Every page of the site as text, by path from the site's root: the overview, the commitments page and
 * one page per agreement, in each language. Pure: the agreements and "today" come in, nothing is read
 * or written.
 */
export function buildPages(files: readonly AgreementFile[], options: SiteOptions): Map<string, string> {
  const pages = new Map<string, string>();
  const { asOf, langs } = options;
  const remind = options.remind === undefined ? {} : { remind: options.remind };
  const units = options.units === undefined ? {} : { units: options.units };
  for (const lang of langs.langs) {
    const ctx = pageContext({
      langs,
      lang,
      title: options.title,
      asOf,
      version: options.version,
      agendas: options.agendas?.get(lang) ?? new Map(),
    });
    const portfolio = portfolioView(files, { asOf, lang, ...remind, ...units });
    pages.set(pagePath(langs, lang, { kind: "overview" }), overviewPage(ctx, portfolio));
    const names = briefNames(portfolio.agreements);
    pages.set(
      pagePath(langs, lang, { kind: "commitments" }),
      commitmentsPage(ctx, commitmentIndex(files, { asOf, lang }), names),
    );
    for (const { file, agreement } of files) {
      const view = agreementView(file, agreement, { asOf, lang, ...remind, ...units });
      const track = timelineTrack(agreement, scheduleOf(agreement, { asOf, ...remind }));
      const page = agreementPage(ctx, view, { axis: timelineAxis([track], asOf), track });
      pages.set(pagePath(langs, lang, { kind: "agreement", id: agreement.id }), page);
    }
  }
  return pages;
}
