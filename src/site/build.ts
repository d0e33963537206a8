import type { AgreementFile } from "../core/model/agreement.js";
import type { UnitRegistry } from "../core/parties/units.js";
import { commitmentIndex } from "../core/views/commitment-index.js";
import { type PortfolioView, portfolioView } from "../core/views/portfolio.js";
import { agreementView } from "../core/views/show.js";
import { type TimelineTrack, timelineAxis } from "../core/views/timeline.js";
import type { Lang } from "../i18n/lang.js";
import { agreementPage } from "./agreement.js";
import { commitmentsPage } from "./commitments.js";
import { pageContext } from "./context.js";
import type { PageKeys } from "./keys.js";
import { briefNames, overviewPage } from "./overview.js";
import { type Page, pagePath, type SiteLangs } from "./paths.js";

export interface SiteOptions {
  asOf: string;
  langs: SiteLangs;
  remind?: string;
  units?: UnitRegistry;
  title?: string;
  version: string;
  /** The build of mou making the site (code, data, dependencies); without it no page is keyed. */
  build?: string;
  /** Agenda files already made, by agreement id and language: format and path from the site's root. */
  agendas?: ReadonlyMap<Lang, ReadonlyMap<string, readonly { format: string; path: string }[]>>;
}

/** A page to be written: its path from the site's root, its key (see `keys.ts`), and how to make it. */
export interface PlannedPage {
  path: string;
  key: string | undefined;
  make: () => string;
}

/**
 * Every page of one language: the overview, the commitments page and one page per agreement. Pure: the
 * agreements and "today" come in, nothing is read or written. Pages come one at a time and are made only
 * when `make` is called, so that the writer can write each as it comes, a large portfolio never sits in
 * memory whole, and a page the previous site already holds is never made; the views over the whole
 * portfolio are worked out only when a page needs them.
 */
export function* languagePlan(
  files: readonly AgreementFile[],
  lang: Lang,
  options: SiteOptions,
  keyOf: PageKeys | undefined,
): Generator<PlannedPage> {
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
  let portfolio: PortfolioView | undefined;
  const portfolioOnce = () => (portfolio ??= portfolioView(files, { asOf, lang, ...remind, ...units }));
  let tracks: Map<string, TimelineTrack> | undefined;
  const tracksOnce = () => (tracks ??= new Map(portfolioOnce().agreements.map((r) => [r.id, r.timeline])));
  const planned = (page: Page, make: () => string): PlannedPage => ({
    path: pagePath(langs, lang, page),
    key: keyOf?.(lang, page),
    make,
  });
  yield planned({ kind: "overview" }, () => overviewPage(ctx, portfolioOnce()));
  yield planned({ kind: "commitments" }, () =>
    commitmentsPage(ctx, commitmentIndex(files, { asOf, lang, ...units }), briefNames(portfolioOnce().agreements)),
  );
  for (const { file, agreement } of files)
    yield planned({ kind: "agreement", id: agreement.id }, () => {
      const view = agreementView(file, agreement, { asOf, lang, ...remind, ...units });
      const track = tracksOnce().get(agreement.id)!;
      return agreementPage(ctx, view, { axis: timelineAxis([track], asOf), track });
    });
}

/** Every page of one language, made, as its path from the site's root and its text. */
export function* languagePages(
  files: readonly AgreementFile[],
  lang: Lang,
  options: SiteOptions,
): Generator<[string, string]> {
  for (const page of languagePlan(files, lang, options, undefined)) yield [page.path, page.make()];
}

/** Every page of the site, language by language. */
export function* sitePages(files: readonly AgreementFile[], options: SiteOptions): Generator<[string, string]> {
  for (const lang of options.langs.langs) yield* languagePages(files, lang, options);
}
