import type { AgreementFile } from "../core/model/agreement.js";
import type { UnitRegistry } from "../core/parties/units.js";
import { commitmentIndex } from "../core/views/commitment-index.js";
import { portfolioView } from "../core/views/portfolio.js";
import { agreementView } from "../core/views/show.js";
import { timelineAxis } from "../core/views/timeline.js";
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
 * Every page of one language, as its path from the site's root and its text: the overview, the
 * commitments page and one page per agreement. Pure: the agreements and "today" come in, nothing is read
 * or written. Pages come one at a time, so that the writer can write each as it comes and a large
 * portfolio never sits in memory whole.
 */
export function* languagePages(
  files: readonly AgreementFile[],
  lang: Lang,
  options: SiteOptions,
): Generator<[string, string]> {
  const { asOf, langs } = options;
  const remind = options.remind === undefined ? {} : { remind: options.remind };
  const units = options.units === undefined ? {} : { units: options.units };
  const ctx = pageContext({
    langs,
    lang,
    title: options.title,
    asOf,
    version: options.version,
    agendas: options.agendas?.get(lang) ?? new Map(),
  });
  const portfolio = portfolioView(files, { asOf, lang, ...remind, ...units });
  yield [pagePath(langs, lang, { kind: "overview" }), overviewPage(ctx, portfolio)];
  const names = briefNames(portfolio.agreements);
  yield [
    pagePath(langs, lang, { kind: "commitments" }),
    commitmentsPage(ctx, commitmentIndex(files, { asOf, lang, ...units }), names),
  ];
  const tracks = new Map(portfolio.agreements.map((r) => [r.id, r.timeline]));
  for (const { file, agreement } of files) {
    const view = agreementView(file, agreement, { asOf, lang, ...remind, ...units });
    const track = tracks.get(agreement.id)!;
    const page = agreementPage(ctx, view, { axis: timelineAxis([track], asOf), track });
    yield [pagePath(langs, lang, { kind: "agreement", id: agreement.id }), page];
  }
}

/** Every page of the site, language by language. */
export function* sitePages(files: readonly AgreementFile[], options: SiteOptions): Generator<[string, string]> {
  for (const lang of options.langs.langs) yield* languagePages(files, lang, options);
}
