import type { Source } from "../core/model/agreement.js";
import { personText } from "../core/parties/names.js";
import { fold } from "../core/text/fold.js";
import type { AgreementView } from "../core/views/show.js";
import type { TimelineAxis, TimelineTrack } from "../core/views/timeline.js";
import { sectorName } from "../i18n/index.js";
import type { PageContext } from "./context.js";
import { escapeHtml, type Html, headRow, html, safeHref, td, trusted } from "./html.js";
import { layout } from "./layout.js";
import { daysText, stateBadge, statusBadge, time } from "./parts.js";
import { href, pagePath } from "./paths.js";
import { axisSvg, legend, trackSvg } from "./timeline.js";

/** A description list of the pairs that have a value. */
function facts(pairs: [string, Html | string | undefined][]): Html {
  const shown = pairs.filter(([, v]) => v !== undefined && v !== "");
  if (shown.length === 0) return html``;
  return html`<dl class="facts">${shown.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

const section = (id: string, heading: string, content: Html) =>
  html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${content}</section>`;

/**
 * Whether a party's name already says what kind of party it is: "Tỉnh Nghệ An" needs no "(tỉnh)" after it,
 * nor "Thành phố Đà Nẵng", a province-level city, nor "Nghe An Province".
 */
function namesType(name: string, type: string, label: string): boolean {
  const folded = fold(name);
  const kind = fold(label);
  if (folded.startsWith(`${kind} `) || folded.endsWith(` ${kind}`)) return true;
  return (type === "province" || type === "city") && /^(tinh|thanh pho|tp\.?) /.test(folded);
}

function parties(ctx: PageContext, view: AgreementView): Html {
  const { t, labels } = ctx;
  const people = (list: { name: string; role?: string }[] | undefined) =>
    list && list.length > 0 ? list.map(personText).join("; ") : undefined;
  const items = view.parties.map((p) => {
    const type =
      p.type && !namesType(p.name, p.type, labels.partyType[p.type])
        ? html` <span class="quiet">(${labels.partyType[p.type]})</span>`
        : "";
    const note = p.note ? html` <span class="succession">${p.note.trim()}</span>` : "";
    const details = facts([
      [t.signatories, people(p.signatories)],
      [t.representatives, people(p.representatives)],
      [t.notes, p.notes],
    ]);
    return html`<li><b>${p.name}</b>${type}${note}${details}</li>`;
  });
  return section("parties", t.parties, html`<ul class="parties">${items}</ul>`);
}

function nextText(ctx: PageContext, rule: NonNullable<AgreementView["review"]>): Html | string {
  const { t } = ctx;
  const n = rule.next;
  if (n === null) return rule.none === "expires" ? t.expiresFirst : t.notActive;
  const days = html`<span class="quiet">${daysText(ctx, n.days)}</span>`;
  return html`${t.reviewNumber({ n: n.number })}, ${time(ctx, n.due)} ${stateBadge(ctx, n.state)} ${days}`;
}

function history(ctx: PageContext, view: AgreementView): Html {
  const { t } = ctx;
  if (view.reviews.length === 0) return html`<p class="quiet">${t.noneHeld}</p>`;
  const hasPlace = view.reviews.some((r) => r.place !== undefined);
  const hasSummary = view.reviews.some((r) => r.summary !== undefined);
  const rows = view.reviews.map((r) => {
    const which = r.extra ? t.extraMeeting : r.number !== undefined ? t.reviewNumber({ n: r.number }) : "";
    return html`<tr>${[td(time(ctx, r.date)), td(which), hasPlace && td(r.place), hasSummary && td(r.summary)]}</tr>`;
  });
  const head = [t.dateHeading, t.meeting, ...(hasPlace ? [t.place] : []), ...(hasSummary ? [t.summary] : [])];
  return html`<table>${headRow(head)}<tbody>${rows}</tbody></table>`;
}

function reviews(ctx: PageContext, view: AgreementView, timeline: { axis: TimelineAxis; track: TimelineTrack }): Html {
  const { t } = ctx;
  const rule = view.review;
  const ruleFacts =
    rule === undefined
      ? html`<p>${t.noRule}</p>`
      : facts([
          [t.every, `${rule.every}, ${rule.mode === "fixed" ? t.fixed : t.rolling}`],
          [t.first, rule.first ? time(ctx, rule.first) : undefined],
          [t.remind, rule.remind],
          [t.nextReview, nextText(ctx, rule)],
          [t.missed, rule.missed.length > 0 ? rule.missed.map((n) => t.reviewNumber({ n })).join(", ") : undefined],
        ]);
  const drawing = html`<div class="timeline single">${axisSvg(timeline.axis)}
${trackSvg(ctx, timeline.axis, timeline.track)}</div>${legend(ctx)}`;
  return section(
    "reviews",
    t.reviews,
    html`${ruleFacts}
${timeline.track.marks.length > 0 || timeline.track.start ? drawing : ""}
<h3>${t.reviewsHeld}</h3>${history(ctx, view)}`,
  );
}

function agendas(ctx: PageContext, view: AgreementView): Html {
  const files = ctx.agendas.get(view.id) ?? [];
  if (files.length === 0) return html``;
  const from = pagePath(ctx.langs, ctx.lang, { kind: "agreement", id: view.id });
  const links = files.map(
    (f) => html`<li><a href="${href(from, f.path)}">${ctx.t.agendaFormat[f.format] ?? f.format}</a></li>`,
  );
  return section("agendas", ctx.t.agendas, html`<ul class="inline">${links}</ul>`);
}

/** The commitments table; columns no commitment fills (support, due dates, sectors) are left out. */
function commitments(ctx: PageContext, view: AgreementView): Html {
  const { t } = ctx;
  const list = view.commitments;
  if (list.length === 0) return section("commitments", t.commitments, html`<p class="quiet">${t.noCommitments}</p>`);
  const hasSupport = list.some((c) => c.support.length > 0);
  const hasDue = list.some((c) => c.due !== undefined);
  const hasSectors = list.some((c) => c.sectors.length > 0);
  // Two thousand pages make twenty thousand rows: each is written as one string, every value escaped.
  const label = (text: string) => `<span class="k">${escapeHtml(text)}: </span>`;
  const lines = (texts: readonly string[]) => texts.map(escapeHtml).join("<br>");
  const late = ` <span class="late">${escapeHtml(t.pastDue)}</span>`;
  let rows = "";
  for (const c of list) {
    const notes = c.notes ? `<p class="quiet">${escapeHtml(c.notes)}</p>` : "";
    const due = c.due ? `${label(t.due)}${time(ctx, c.due).text}${c.overdue ? late : ""}` : "";
    const sectors = c.sectors.map((x) => sectorName(x, ctx.lang)).join(", ");
    rows +=
      `<tr><td class="num">${escapeHtml(c.id)}</td><td class="title">${escapeHtml(c.title)}${notes}</td>` +
      `<td class="who">${c.lead.length > 0 ? label(t.lead) : ""}${lines(c.lead)}</td>` +
      (hasSupport ? `<td class="who">${label(t.support)}${lines(c.support)}</td>` : "") +
      `<td>${statusBadge(ctx, c.status).text}</td>` +
      (hasDue ? `<td>${due}</td>` : "") +
      (hasSectors ? `<td>${label(t.sectors)}${escapeHtml(sectors)}</td>` : "") +
      "</tr>\n";
  }
  const head = [
    t.number,
    t.commitment,
    t.lead,
    ...(hasSupport ? [t.support] : []),
    t.progressStatus,
    ...(hasDue ? [t.due] : []),
    ...(hasSectors ? [t.sectors] : []),
  ];
  return section(
    "commitments",
    t.commitments,
    html`<table class="stack">${headRow(head)}<tbody>${trusted(rows)}</tbody></table>`,
  );
}

function source(ctx: PageContext, s: Source): Html {
  const link = safeHref(s.url);
  const title = link ? html`<a href="${link}" rel="noopener noreferrer">${s.title}</a>` : html`${s.title}`;
  const published = s.published ? ctx.dateText(s.published) : undefined;
  const rest = [s.publisher, s.author, published].filter((x) => x !== undefined);
  const about = rest.length > 0 ? html` <span class="quiet">— ${rest.join(", ")}</span>` : "";
  // An address that is not http(s) is shown, never linked.
  const url = s.url !== undefined && !link ? html` <code>${s.url}</code>` : "";
  return html`<li>${title}${about}${url}</li>`;
}

function summaryFacts(ctx: PageContext, view: AgreementView): Html {
  const { t, labels } = ctx;
  const doc = view.document;
  const docText = doc
    ? [doc.number, doc.date ? ctx.dateText(doc.date) : undefined, doc.issuer].filter(Boolean).join(", ")
    : undefined;
  return facts([
    [t.id, html`<code>${view.id}</code>`],
    [t.kind, labels.kind[view.kind]],
    [t.status, labels.agreementStatus[view.status]],
    [t.document, docText],
    [t.signed, view.signed ? time(ctx, view.signed) : undefined],
    [t.effective, view.effective ? time(ctx, view.effective) : undefined],
    [t.expires, view.expires ? time(ctx, view.expires) : undefined],
  ]);
}

export function agreementPage(
  ctx: PageContext,
  view: AgreementView,
  timeline: { axis: TimelineAxis; track: TimelineTrack },
): string {
  const { t } = ctx;
  const other = ctx.langs.langs.find((l) => l !== ctx.lang);
  const otherTitle = view.otherTitle ? html`<p class="other-title" lang="${other}">${view.otherTitle}</p>` : "";
  const sources =
    view.sources.length > 0
      ? section("sources", t.sources, html`<ul class="sources">${view.sources.map((s) => source(ctx, s))}</ul>`)
      : "";
  const notes = view.notes ? section("notes", t.notes, html`<p class="prose">${view.notes}</p>`) : "";
  const body = html`<h1>${view.title}</h1>
${otherTitle}
${summaryFacts(ctx, view)}
${parties(ctx, view)}
${reviews(ctx, view, timeline)}
${agendas(ctx, view)}
${commitments(ctx, view)}
${sources}
${notes}`;
  return layout(ctx, { page: { kind: "agreement", id: view.id }, title: view.title, body });
}
