import type { Agreement, AgreementFile } from "../core/model/agreement.js";
import type { UnitRegistry } from "../core/parties/units.js";
import { commitmentIndex } from "../core/views/commitment-index.js";
import { type ViewMemo, viewMemo } from "../core/views/memo.js";
import { type PortfolioView, portfolioView } from "../core/views/portfolio.js";
import { agreementView } from "../core/views/show.js";
import { type TimelineTrack, timelineAxis, timelineTrack } from "../core/views/timeline.js";
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

/**
 * A page to be written: its path from the site's root, its key (see `keys.ts`), and how to make it: as
 * text, or for a long page as its bytes already encoded (`encodeWithLists`), which stay valid only until
 * the next page is encoded.
 */
export interface PlannedPage {
  path: string;
  key: string | undefined;
  make: () => string | Buffer;
}

/** The pages of one language: those over the whole portfolio, and one agreement's page at a time. */
export interface LanguagePlan {
  /** The overview and the commitments page. */
  portfolio: () => PlannedPage[];
  /** One agreement's page. */
  agreement: (file: AgreementFile) => PlannedPage;
}

/**
 * How every page of one language is made: the overview, the commitments page and one page per agreement.
 * Pure: the agreements and "today" come in, nothing is read or written. Pages are made only when `make`
 * is called, so that the writer can write each as it comes, a large portfolio never sits in memory whole,
 * and a page the previous site already holds is never made; the views over the whole portfolio are worked
 * out only when a page needs them. An agreement's page needs nothing of the others, so threads may make
 * them side by side.
 */
export function languageBuild(
  files: readonly AgreementFile[],
  lang: Lang,
  options: SiteOptions,
  keyOf: PageKeys | undefined,
  memo: ViewMemo = siteMemo(options),
): LanguagePlan {
  const { asOf, langs } = options;
  const remind = options.remind === undefined ? {} : { remind: options.remind };
  const units = options.units === undefined ? {} : { units: options.units };
  const shared = { memo };
  const ctx = pageContext({
    langs,
    lang,
    title: options.title,
    asOf,
    version: options.version,
    agendas: options.agendas?.get(lang) ?? new Map(),
  });
  let portfolio: PortfolioView | undefined;
  const portfolioOnce = () => (portfolio ??= portfolioView(files, { asOf, lang, ...remind, ...units, ...shared }));
  let tracks: Map<string, TimelineTrack> | undefined;
  // The overview's lines, when it was made here: an agreement's page draws the same line, whose words
  // are then written once (see `trackSvg`); else the line is worked out for the one agreement.
  const trackOf = (a: Agreement): TimelineTrack => {
    if (portfolio !== undefined) tracks ??= new Map(portfolio.agreements.map((r) => [r.id, r.timeline]));
    return tracks?.get(a.id) ?? timelineTrack(a, memo.schedule(a));
  };
  const planned = (page: Page, make: () => string | Buffer): PlannedPage => ({
    path: pagePath(langs, lang, page),
    key: keyOf?.(lang, page),
    make,
  });
  return {
    portfolio: () => [
      planned({ kind: "overview" }, () => overviewPage(ctx, portfolioOnce())),
      planned({ kind: "commitments" }, () =>
        commitmentsPage(
          ctx,
          commitmentIndex(files, { asOf, lang, ...units, ...shared }),
          briefNames(portfolioOnce().agreements),
        ),
      ),
    ],
    agreement: ({ file, agreement }) =>
      planned({ kind: "agreement", id: agreement.id }, () => {
        const view = agreementView(file, agreement, { asOf, lang, ...remind, ...units, ...shared });
        const track = trackOf(agreement);
        return agreementPage(ctx, view, { axis: timelineAxis([track], asOf), track });
      }),
  };
}

/**
 * The schedules and names of the agreements, worked out once for all the site's views and languages:
 * one memo per site build (see `ViewMemo`).
 */
export const siteMemo = (options: SiteOptions): ViewMemo =>
  viewMemo({
    asOf: options.asOf,
    ...(options.remind === undefined ? {} : { remind: options.remind }),
    ...(options.units === undefined ? {} : { units: options.units }),
  });

/** Every page of the site, made, as its path from the site's root and its text, language by language. */
export function* sitePages(files: readonly AgreementFile[], options: SiteOptions): Generator<[string, string]> {
  const memo = siteMemo(options);
  for (const lang of options.langs.langs) {
    const build = languageBuild(files, lang, options, undefined, memo);
    for (const page of build.portfolio()) yield [page.path, String(page.make())];
    for (const file of files) {
      const page = build.agreement(file);
      yield [page.path, String(page.make())];
    }
  }
}
