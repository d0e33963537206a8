import { messages } from "../i18n/index.js";
import type { PageContext } from "./context.js";
import { type Html, html, trusted } from "./html.js";
import { time } from "./parts.js";
import { ASSETS, href, type Page, pagePath } from "./paths.js";

/**
 * Scripts and styles come only from the site's own files: no inline script or style, no event handler
 * attributes, nothing from elsewhere. Chromium applies 'self' to `file://` pages as well.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " + "base-uri 'none'; form-action 'none'";

export interface PageOptions {
  page: Page;
  /** The page's own title; the site's name follows it in the window title. */
  title: string;
  body: Html;
  /** Whether the page needs the script (the commitments filters). */
  script?: boolean;
}

export function layout(ctx: PageContext, options: PageOptions): string {
  const { t, langs, lang } = ctx;
  const path = pagePath(langs, lang, options.page);
  const link = (to: string) => href(path, to);
  const nav = (page: Page, label: string) => {
    const target = pagePath(langs, lang, page);
    const current = target === path ? html` aria-current="page"` : "";
    return html`<li><a href="${link(target)}"${current}>${label}</a></li>`;
  };
  const others = langs.langs.filter((l) => l !== lang);
  const switcher = others.map((other) => {
    const name = messages(other).site.languageName;
    const target = link(pagePath(langs, other, options.page));
    return html`<a href="${target}" hreflang="${other}" lang="${other}">${name}</a>`;
  });
  const alternates = others.map(
    (other) => html`<link rel="alternate" hreflang="${other}" href="${link(pagePath(langs, other, options.page))}">`,
  );
  const windowTitle = options.page.kind === "overview" ? ctx.title : `${options.title} · ${ctx.title}`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trusted(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="mou ${ctx.version}">
<title>${windowTitle}</title>
<link rel="stylesheet" href="${link(ASSETS.css)}">
${alternates}
${options.script ? html`<script src="${link(ASSETS.js)}" defer></script>` : ""}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top">
<p class="brand"><a href="${link(pagePath(langs, lang, { kind: "overview" }))}">${ctx.title}</a></p>
<nav aria-label="${t.navLabel}"><ul>
${nav({ kind: "overview" }, t.overview)}
${nav({ kind: "commitments" }, t.commitments)}
</ul></nav>
<nav class="lang" aria-label="${t.switchLabel}">${switcher}</nav>
</header>
<main id="main">
${options.body}
</main>
<footer>
<p>${t.asOf} ${time(ctx, ctx.asOf)}. ${t.madeWith({ version: ctx.version })}</p>
</footer>
</body>
</html>
`.text;
}
