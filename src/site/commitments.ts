import { commitmentStatuses } from "../core/model/enums.js";
import type { AssignmentParts, CommitmentIndex, IndexedCommitment } from "../core/views/commitment-index.js";
import { sectorName } from "../i18n/index.js";
import type { PageContext } from "./context.js";
import { type Html, headRow, html, join, td } from "./html.js";
import { layout } from "./layout.js";
import { statusBadge, time } from "./parts.js";
import { href, pagePath } from "./paths.js";

const PAGE = { kind: "commitments" } as const;
const PAGE_PATH = (ctx: PageContext) => pagePath(ctx.langs, ctx.lang, PAGE);

/** A lead (ld) or support (sp) with its agency marked (ag) for the page script. */
function assignment(kind: "ld" | "sp", p: AssignmentParts): Html {
  const name = p.name ?? "";
  const agency = p.agency === undefined ? "" : html`<span class="ag">${p.agency}</span>`;
  const dash = p.name !== undefined && p.agency !== undefined ? " – " : "";
  return html`<span class="${kind}">${name}${dash}${agency}</span>`;
}

/**
 * A row carries what the page script filters on, as the command line's options do: data-p the party ids
 * (--party), data-s the sectors, data-st the status, data-o past due, and data-x the texts --search and
 * --lead look in that the row does not show, as JSON: [for --search only, for both]. The script reads the
 * rest from the row itself: the title and the marked agencies (see `searchedTexts`).
 * Ids and sectors are slugs, so spaces can separate them.
 */
function row(ctx: PageContext, r: IndexedCommitment, agreementLink: (id: string) => Html): Html {
  const { t } = ctx;
  const leads = join(
    r.leadParts.map((p) => assignment("ld", p)),
    "; ",
  );
  const supports = join(
    r.supportParts.map((p) => assignment("sp", p)),
    "; ",
  );
  const support = r.supportParts.length > 0 ? html`<br><span class="quiet">${t.support}: ${supports}</span>` : "";
  const late = r.overdue ? html` <span class="late">${t.pastDue}</span>` : "";
  const cells = [
    td(agreementLink(r.agreement)),
    td(r.id, { className: "num" }),
    td(r.title, { className: "title" }),
    td(html`${leads}${support}`, { ...(r.leadParts.length > 0 ? { label: t.lead } : {}), className: "who" }),
    td(statusBadge(ctx, r.status)),
    td(r.due ? html`${time(ctx, r.due)}${late}` : "", r.due ? { label: t.due } : {}),
    td(r.sectors.map((x) => sectorName(x, ctx.lang)).join(", "), r.sectors.length > 0 ? { label: t.sectors } : {}),
  ];
  const overdue = r.overdue ? html` data-o="1"` : "";
  const texts = r.hidden.length + r.hiddenLead.length > 0 ? JSON.stringify([r.hidden, r.hiddenLead]) : undefined;
  const hidden = texts === undefined ? "" : html` data-x="${texts}"`;
  const data = html`data-p="${r.parties.join(" ")}" data-s="${r.sectors.join(" ")}" data-st="${r.status}"${overdue}`;
  return html`<tr ${data}${hidden}>${cells}</tr>\n`;
}

const field = (id: string, label: string, control: Html, hint?: string) => {
  const help = hint ? html`<small id="${id}-hint">${hint}</small>` : "";
  return html`<p><label for="${id}">${label}</label>${control}${help}</p>\n`;
};

function filters(ctx: PageContext, index: CommitmentIndex): Html {
  const { t, labels } = ctx;
  const select = (id: string, any: string, list: readonly [string, string][]) => {
    const options = list.map(([value, label]) => html`<option value="${value}">${label}</option>`);
    return html`<select id="${id}"><option value="">${any}</option>${options}</select>`;
  };
  const leads = html`<datalist id="f-leads">${index.leads.map((l) => html`<option value="${l}">`)}</datalist>`;
  const text = (id: string, extra: Html | string = "") =>
    html`<input id="${id}" type="search" autocomplete="off" aria-describedby="${id}-hint"${extra}>`;
  return html`<div id="filters" class="filters" role="search" aria-label="${t.filters}" hidden>
${field(
  "f-party",
  t.party,
  select(
    "f-party",
    t.anyParty,
    index.parties.map((p) => [p.id, p.name]),
  ),
)}
${field("f-lead", t.lead, html`${text("f-lead", html` list="f-leads"`)}${leads}`, t.leadHint)}
${field(
  "f-sector",
  t.sector,
  select(
    "f-sector",
    t.anySector,
    index.sectors.map((s) => [s, sectorName(s, ctx.lang)]),
  ),
)}
${field(
  "f-status",
  t.progressStatus,
  select(
    "f-status",
    t.anyStatus,
    commitmentStatuses.map((s) => [s, labels.commitmentStatus[s]]),
  ),
)}
${field("f-q", t.search, text("f-q"), t.searchHint)}
<p class="check"><input id="f-overdue" type="checkbox"><label for="f-overdue">${t.overdueOnly}</label></p>
<p><button id="f-clear" type="button">${t.clear}</button></p>
</div>`;
}

export function commitmentsPage(ctx: PageContext, index: CommitmentIndex, names: ReadonlyMap<string, string>): string {
  const { t } = ctx;
  // An agreement's link is the same on each of its commitments' rows: it is made once.
  const links = new Map<string, Html>();
  const agreementLink = (id: string) => {
    let made = links.get(id);
    if (made === undefined) {
      const link = href(PAGE_PATH(ctx), pagePath(ctx.langs, ctx.lang, { kind: "agreement", id }));
      made = html`<a href="${link}">${names.get(id) ?? id}</a>`;
      links.set(id, made);
    }
    return made;
  };
  const total = String(index.rows.length);
  const template = t.shown({ shown: "{shown}", total: "{total}" });
  const head = headRow([t.agreement, t.number, t.commitment, t.lead, t.progressStatus, t.due, t.sectors]);
  const body = html`<h1>${t.commitments}</h1>
<p class="note">${t.commitmentsIntro}</p>
${filters(ctx, index)}
<p id="count" role="status" data-template="${template}">${t.shown({ shown: total, total })}</p>
<table class="stack" id="list">${head}<tbody>
${index.rows.map((r) => row(ctx, r, agreementLink))}</tbody></table>
<p id="no-match" class="quiet" hidden>${t.noMatch}</p>`;
  return layout(ctx, { page: PAGE, title: t.commitments, body, script: true });
}
