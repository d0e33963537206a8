import { commitmentStatuses } from "../core/model/enums.js";
import type { AssignmentParts, CommitmentIndex, IndexedCommitment } from "../core/views/commitment-index.js";
import { sectorName } from "../i18n/index.js";
import type { PageContext } from "./context.js";
import { encodeWithLists, listMark, mapped } from "./encode.js";
import { escapeHtml, type Html, headRow, html, trusted } from "./html.js";
import { layout } from "./layout.js";
import { statusBadge, time } from "./parts.js";
import { href, pagePath } from "./paths.js";

const PAGE = { kind: "commitments" } as const;
const PAGE_PATH = (ctx: PageContext) => pagePath(ctx.langs, ctx.lang, PAGE);

/** A lead (ld) or support (sp) with its agency marked (ag) for the page script. */
function assignment(kind: "ld" | "sp", p: AssignmentParts): string {
  const name = p.name === undefined ? "" : escapeHtml(p.name);
  const agency = p.agency === undefined ? "" : `<span class="ag">${escapeHtml(p.agency)}</span>`;
  const dash = p.name !== undefined && p.agency !== undefined ? " – " : "";
  return `<span class="${kind}">${name}${dash}${agency}</span>`;
}

function assignments(kind: "ld" | "sp", list: readonly AssignmentParts[]): string {
  let out = "";
  for (let i = 0; i < list.length; i++) out += (i > 0 ? "; " : "") + assignment(kind, list[i]!);
  return out;
}

/** What every row of one page repeats: the labels, escaped once, and the sectors' names by list. */
interface RowParts {
  ctx: PageContext;
  lead: string;
  due: string;
  sectors: string;
  support: string;
  late: string;
  sectorNames: Map<string, string>;
  agreementLink: (id: string) => Html;
}

function rowParts(ctx: PageContext, agreementLink: (id: string) => Html): RowParts {
  const { t } = ctx;
  const label = (text: string) => `<span class="k">${escapeHtml(text)}: </span>`;
  return {
    ctx,
    lead: label(t.lead),
    due: label(t.due),
    sectors: label(t.sectors),
    support: `<br><span class="quiet">${escapeHtml(t.support)}: `,
    late: ` <span class="late">${escapeHtml(t.pastDue)}</span>`,
    sectorNames: new Map(),
    agreementLink,
  };
}

/**
 * A row carries what the page script filters on, as the command line's options do: data-p the party ids
 * (--party), data-s the sectors, data-st the status, data-o past due, and data-x the texts --search and
 * --lead look in that the row does not show, as JSON: [for --search only, for both]. The script reads the
 * rest from the row itself: the title and the marked agencies (see `searchedTexts`).
 * Ids and sectors are slugs, so spaces can separate them. Ten thousand rows make one page, so a row is
 * written as one string, every value from a file escaped (`escapeHtml`), rather than from nested
 * templates and cells.
 */
function row(parts: RowParts, r: IndexedCommitment): string {
  const { ctx } = parts;
  const sectorList = r.sectors.join(" ");
  let sectors = parts.sectorNames.get(sectorList);
  if (sectors === undefined) {
    sectors = escapeHtml(r.sectors.map((x) => sectorName(x, ctx.lang)).join(", "));
    parts.sectorNames.set(sectorList, sectors);
  }
  const late = r.overdue ? parts.late : "";
  const support = r.supportParts.length > 0 ? `${parts.support}${assignments("sp", r.supportParts)}</span>` : "";
  const texts = r.hidden.length + r.hiddenLead.length > 0 ? JSON.stringify([r.hidden, r.hiddenLead]) : undefined;
  const data =
    `data-p="${escapeHtml(r.parties.join(" "))}" data-s="${escapeHtml(sectorList)}" ` +
    `data-st="${escapeHtml(r.status)}"${r.overdue ? ' data-o="1"' : ""}` +
    (texts === undefined ? "" : ` data-x="${escapeHtml(texts)}"`);
  return (
    `<tr ${data}><td>${parts.agreementLink(r.agreement).text}</td>` +
    `<td class="num">${escapeHtml(r.id)}</td><td class="title">${escapeHtml(r.title)}</td>` +
    `<td class="who">${r.leadParts.length > 0 ? parts.lead : ""}${assignments("ld", r.leadParts)}${support}</td>` +
    `<td>${statusBadge(ctx, r.status).text}</td>` +
    `<td>${r.due ? `${parts.due}${time(ctx, r.due).text}${late}` : ""}</td>` +
    `<td>${r.sectors.length > 0 ? parts.sectors : ""}${sectors}</td></tr>\n`
  );
}

const field = (id: string, label: string, control: Html, hint?: string) => {
  const help = hint ? html`<small id="${id}-hint">${hint}</small>` : "";
  return html`<p><label for="${id}">${label}</label>${control}${help}</p>\n`;
};

function filters(ctx: PageContext, index: CommitmentIndex): Html {
  const { t, labels } = ctx;
  const order = new Intl.Collator(ctx.lang);
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
    // In the order of their names in the page's language, as a reader looks for them.
    index.sectors.map((s): [string, string] => [s, sectorName(s, ctx.lang)]).sort((x, y) => order.compare(x[1], y[1])),
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

/** The page's bytes: its text around the rows, and the rows encoded one by one as they are written. */
export function commitmentsPage(ctx: PageContext, index: CommitmentIndex, names: ReadonlyMap<string, string>): Buffer {
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
${trusted(listMark(0))}</tbody></table>
<p id="no-match" class="quiet" hidden>${t.noMatch}</p>`;
  const page = layout(ctx, { page: PAGE, title: t.commitments, body, script: true });
  const parts = rowParts(ctx, agreementLink);
  return encodeWithLists(page, [mapped(index.rows, (r) => row(parts, r))]);
}
