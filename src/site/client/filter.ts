// The commitments page's script, bundled for the browser at build time. It filters the rows the page
// already holds — without it every commitment is simply listed — and folds text with the very functions
// the command line uses, over the same texts, so "do thi" finds "đô thị" here exactly as in
// `mou commitments` (see `searchedTexts` in src/core/views/commitment-index.ts for what a row holds).
import { haystack, phraseIn } from "../../core/text/fold.js";

interface Folded {
  lead: string;
  search: string;
}

const texts = (row: Element, selector: string) =>
  Array.from(row.querySelectorAll(selector), (e) => e.textContent ?? "");

/** The folded texts of a row that --lead and --search look in. */
function foldRow(row: HTMLTableRowElement): Folded {
  const [hidden, hiddenLead] = row.dataset.x === undefined ? [[], []] : (JSON.parse(row.dataset.x) as string[][]);
  const lead = [...texts(row, ".ld .ag"), ...hiddenLead!];
  return {
    lead: haystack(...lead),
    search: haystack(...texts(row, ".title"), ...lead, ...texts(row, ".sp .ag"), ...hidden!),
  };
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function start(): void {
  const panel = byId("filters");
  const count = byId("count");
  if (!panel || !count) return;
  const party = byId<HTMLSelectElement>("f-party")!;
  const lead = byId<HTMLInputElement>("f-lead")!;
  const sector = byId<HTMLSelectElement>("f-sector")!;
  const status = byId<HTMLSelectElement>("f-status")!;
  const search = byId<HTMLInputElement>("f-q")!;
  const overdue = byId<HTMLInputElement>("f-overdue")!;
  const noMatch = byId("no-match");
  const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>("tr[data-st]"));
  const template = count.dataset.template ?? "";
  const words = (text: string | undefined) => (text ?? "").split(" ");
  // Folded only when a text filter is first used: choosing a party or a status needs none of it.
  let folded: Folded[] | undefined;
  const foldedRows = () => {
    folded ??= rows.map(foldRow);
    return folded;
  };

  const apply = () => {
    const inLead = phraseIn(lead.value);
    const inText = phraseIn(search.value);
    const texts = lead.value.trim() !== "" || search.value.trim() !== "" ? foldedRows() : undefined;
    let shown = 0;
    for (const [i, row] of rows.entries()) {
      const d = row.dataset;
      const keep =
        (party.value === "" || words(d.p).includes(party.value)) &&
        (sector.value === "" || words(d.s).includes(sector.value)) &&
        (status.value === "" || d.st === status.value) &&
        (!overdue.checked || d.o === "1") &&
        (texts === undefined || (inLead(texts[i]!.lead) && inText(texts[i]!.search)));
      row.hidden = !keep;
      if (keep) shown++;
    }
    count.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    if (noMatch) noMatch.hidden = shown > 0;
  };

  // A link may preselect filters: commitments.html?party=nghe-an&q=do%20thi
  const query = new URLSearchParams(location.search);
  const preset: [HTMLInputElement | HTMLSelectElement, string][] = [
    [party, "party"],
    [lead, "lead"],
    [sector, "sector"],
    [status, "status"],
    [search, "q"],
  ];
  for (const [control, key] of preset) {
    const value = query.get(key);
    if (value !== null) control.value = value;
  }
  overdue.checked = query.get("overdue") === "1";

  for (const control of [party, lead, sector, status, search, overdue]) {
    control.addEventListener("input", apply);
    control.addEventListener("change", apply);
  }
  byId("f-clear")?.addEventListener("click", () => {
    for (const control of [party, lead, sector, status, search]) control.value = "";
    overdue.checked = false;
    apply();
  });
  panel.hidden = false;
  apply();
  // Coming back to the page, the browser gives the controls their earlier values after this script ran
  // (or shows the page as it was left): the list follows what they show.
  window.addEventListener("pageshow", apply);
}

start();
