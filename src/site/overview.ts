import type { CalendarEntry } from "../core/views/calendar.js";
import type { PortfolioRow, PortfolioView } from "../core/views/portfolio.js";
import type { PageContext } from "./context.js";
import { encodeWithLists, listMark, mapped } from "./encode.js";
import { type Html, headRow, html, td, trusted } from "./html.js";
import { layout } from "./layout.js";
import { daysText, stateBadge, time } from "./parts.js";
import { href, pagePath } from "./paths.js";
import { scorecardCell } from "./scorecard.js";
import { axisSvg, legend, trackSvg } from "./timeline.js";

const OVERVIEW = { kind: "overview" } as const;

/** "Nghệ An – Quảng Ngãi · 2023": an agreement named briefly, for the timeline, calendar and lists. */
export const briefName = (row: Pick<PortfolioRow, "shortNames" | "signed">): string =>
  row.shortNames.join(" – ") + (row.signed ? ` · ${row.signed.slice(0, 4)}` : "");

function agreementLink(ctx: PageContext, id: string, text: Html | string): Html {
  const from = pagePath(ctx.langs, ctx.lang, OVERVIEW);
  return html`<a href="${href(from, pagePath(ctx.langs, ctx.lang, { kind: "agreement", id }))}">${text}</a>`;
}

const section = (id: string, heading: string, content: Html) =>
  html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${content}</section>\n`;

/** One figure with its label, and the breakdown under it (rows that count nothing are left out). */
function tile(label: string, figure: number, rows: [string | Html, number][]): Html {
  const shown = rows.filter(([, n]) => n > 0);
  const list =
    shown.length > 0 ? html`<ul>${shown.map(([name, n]) => html`<li><span>${name}</span> <b>${n}</b></li>`)}</ul>` : "";
  return html`<div class="tile"><h3>${label}</h3><p class="figure">${figure}</p>${list}</div>`;
}

function counts(ctx: PageContext, view: PortfolioView): Html {
  const { t, labels } = ctx;
  const c = view.counts;
  const statuses = Object.entries(c.agreements).map(
    ([s, n]) => [labels.agreementStatus[s as keyof typeof c.agreements], n] as [string, number],
  );
  const reviews: [Html | string, number][] = [
    [stateBadge(ctx, "overdue"), c.reviews.overdue],
    [stateBadge(ctx, "due-soon"), c.reviews["due-soon"]],
    [stateBadge(ctx, "scheduled"), c.reviews.scheduled],
    [t.noNextReview, c.reviews.none],
  ];
  const commitments: [string, number][] = (["done", "in-progress", "stalled", "not-started", "dropped"] as const).map(
    (s) => [labels.commitmentStatus[s], c.commitments[s]],
  );
  commitments.push([t.pastDue, c.commitments.overdue]);
  const next = c.reviews.overdue + c.reviews["due-soon"] + c.reviews.scheduled;
  return section(
    "glance",
    t.atAGlance,
    html`<div class="tiles">
${tile(t.agreements, view.agreements.length, statuses)}
${tile(t.nextReviews, next, reviews)}
${tile(t.commitments, c.commitments.total, commitments)}
</div>`,
  );
}

function entries(ctx: PageContext, list: readonly CalendarEntry[], names: ReadonlyMap<string, string>, empty: string) {
  if (list.length === 0) return html`<p class="quiet">${empty}</p>`;
  const items = list.map((e) => {
    const link = agreementLink(ctx, e.agreement, names.get(e.agreement) ?? e.agreement);
    const about = `${ctx.t.reviewNumber({ n: e.number })} · ${daysText(ctx, e.days)}`;
    return html`<li>${time(ctx, e.due)} ${link}<br><span class="quiet">${about}</span></li>\n`;
  });
  return html`<ul class="entries">${items}</ul>`;
}

function calendar(ctx: PageContext, view: PortfolioView, names: ReadonlyMap<string, string>): Html {
  const { t } = ctx;
  const cal = view.calendar;
  const months =
    cal.months.length === 0
      ? html`<p class="quiet">${t.noneScheduled}</p>`
      : cal.months.map((m) => html`<h4>${t.month({ month: m.month })}</h4>${entries(ctx, m.entries, names, "")}`);
  const later = cal.later > 0 ? html`<p class="quiet">${t.later({ n: cal.later })}</p>` : "";
  return section(
    "calendar",
    t.calendar,
    html`<div class="columns">
<div><h3 class="h-overdue">${t.overdue}</h3>${entries(ctx, cal.overdue, names, t.noneOverdue)}</div>
<div><h3 class="h-due-soon">${t.dueSoon}</h3>${entries(ctx, cal.dueSoon, names, t.noneDueSoon)}</div>
<div><h3>${t.nextTwelveMonths}</h3>${months}${later}</div>
</div>`,
  );
}

function scorecardRow(ctx: PageContext, r: PortfolioRow): string {
  const { t, labels } = ctx;
  const next = r.next
    ? html`${time(ctx, r.next.due)} ${stateBadge(ctx, r.next.state)}`
    : html`<span class="quiet">${t.noNextReview}</span>`;
  const name = html`<th scope="row">${agreementLink(ctx, r.id, r.title)}<span class="id">${r.id}</span></th>`;
  const cells = [
    td(r.partyNames.join("; "), { label: t.parties }),
    td(labels.agreementStatus[r.status], { label: t.status }),
    td(next, { label: t.nextReview }),
    td(scorecardCell(ctx, r.scorecard), { className: "card" }),
  ];
  return html`<tr>${name}${cells}</tr>\n`.text;
}

/** The scorecard, its rows standing as the page's list `n` (see `encodeWithLists`). */
function scorecard(ctx: PageContext, n: number): Html {
  const { t } = ctx;
  const head = headRow([t.agreement, t.parties, t.status, t.nextReview, t.commitments]);
  return section(
    "scorecard",
    t.scorecard,
    html`<p class="note">${t.scorecardNote}</p>
<table class="stack">${head}<tbody>
${trusted(listMark(n))}</tbody></table>`,
  );
}

function timelineRow(ctx: PageContext, view: PortfolioView, names: ReadonlyMap<string, string>, r: PortfolioRow) {
  const label = html`<span class="label">${agreementLink(ctx, r.id, names.get(r.id) ?? r.id)}</span>`;
  return html`<li>${label}${trackSvg(ctx, view.axis, r.timeline)}</li>\n`.text;
}

/** The timeline, its lines standing as the page's list `n` (see `encodeWithLists`). */
function timeline(ctx: PageContext, view: PortfolioView, n: number): Html {
  const { t } = ctx;
  return section(
    "timeline",
    t.timeline,
    html`<p class="note">${t.timelineNote}</p>
${legend(ctx)}
<div class="timeline"><div class="axis-row"><span class="label"></span>${axisSvg(view.axis)}</div>
<ul class="tracks">
${trusted(listMark(n))}</ul></div>`,
  );
}

/**
 * Each agreement's brief name, or its id where two agreements would read alike ("A · 2023" twice), so
 * every line of the timeline and the calendar can be told apart.
 */
export function briefNames(rows: readonly PortfolioRow[]): Map<string, string> {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(briefName(r), (seen.get(briefName(r)) ?? 0) + 1);
  return new Map(
    rows.map((r) => [r.id, seen.get(briefName(r))! > 1 || r.shortNames.length === 0 ? r.id : briefName(r)]),
  );
}

/**
 * The overview's bytes. Its two long lists, the scorecard's rows and the timeline's lines (one per
 * agreement), are encoded as they are made.
 */
export function overviewPage(ctx: PageContext, view: PortfolioView): Buffer {
  const { t } = ctx;
  const names = briefNames(view.agreements);
  if (view.agreements.length === 0) {
    const body = html`<h1>${ctx.title}</h1><p>${t.noAgreements}</p>`;
    return encodeWithLists(layout(ctx, { page: OVERVIEW, title: ctx.title, body }), []);
  }
  const body = html`<h1>${ctx.title}</h1>
${counts(ctx, view)}${calendar(ctx, view, names)}${scorecard(ctx, 0)}${timeline(ctx, view, 1)}`;
  return encodeWithLists(layout(ctx, { page: OVERVIEW, title: ctx.title, body }), [
    mapped(view.agreements, (r) => scorecardRow(ctx, r)),
    mapped(view.agreements, (r) => timelineRow(ctx, view, names, r)),
  ]);
}
