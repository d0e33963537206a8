import { posix } from "node:path";
import type { Lang } from "../i18n/lang.js";

/**
 * Where each page lives. The main language's pages are at the root, the other language's in a folder
 * named after it (`en/`); assets are shared. Links between pages are relative and name the file
 * (`index.html`, never a bare folder), so the site works from `file://` as from any static host.
 */
export type Page = { kind: "overview" } | { kind: "commitments" } | { kind: "agreement"; id: string };

export interface SiteLangs {
  /** The language of the root pages. */
  main: Lang;
  langs: readonly Lang[];
}

const prefix = (langs: SiteLangs, lang: Lang) => (lang === langs.main ? "" : `${lang}/`);

/** A page's path from the site's root. Agreement ids are checked by the schema (lowercase words and hyphens). */
export function pagePath(langs: SiteLangs, lang: Lang, page: Page): string {
  const base = prefix(langs, lang);
  if (page.kind === "overview") return `${base}index.html`;
  if (page.kind === "commitments") return `${base}commitments.html`;
  return `${base}agreements/${page.id}.html`;
}

export const ASSETS = { css: "assets/site.css", js: "assets/site.js" } as const;

/** The agenda formats a site can carry (`--agendas`), in the order its pages list them. */
export const siteAgendaFormats = ["pdf", "docx", "md"] as const;
export type SiteAgendaFormat = (typeof siteAgendaFormats)[number];

/** A file of the site (agendas) in a language's folder. */
export const langFile = (langs: SiteLangs, lang: Lang, path: string): string => prefix(langs, lang) + path;

// A site has a handful of folders and tens of thousands of links between them: the way from one folder to
// another is worked out once. Paths here are the site's own, from its root, with "/" between their parts.
const ways = new Map<string, string>();
const folderOf = (path: string) => {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
};

/** The relative URL from the page at `from` to the file at `to`, both paths from the site's root. */
export function href(from: string, to: string): string {
  const fromDir = folderOf(from);
  const toDir = folderOf(to);
  const key = `${fromDir}\n${toDir}`;
  let way = ways.get(key);
  if (way === undefined) {
    way = posix.relative(fromDir, toDir);
    ways.set(key, way);
  }
  const name = to.slice(to.lastIndexOf("/") + 1);
  return way === "" ? name : `${way}/${name}`;
}
