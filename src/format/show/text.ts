import type { ChalkInstance } from "chalk";
import { personText } from "../../core/parties/names.js";
import { cleanStrings, terminalText } from "../../core/text/neutral.js";
import { numberRanges } from "../../core/text/ranges.js";
import type { AgreementView } from "../../core/views/show.js";
import { messages, sectorName } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";
import { wrapWords } from "../table/width.js";

/** The agreement as a reader wants it on a terminal: sections, wrapped to the width, states in colour. */
/** Stalled in yellow, done in green, the rest plain. */
const statusTone = (status: string, chalk: ChalkInstance) =>
  status === "stalled" ? chalk.yellow : status === "done" ? chalk.green : (text: string) => text;

export function showText(data: AgreementView, options: { lang: Lang; chalk: ChalkInstance; width: number }): string {
  const { lang, chalk } = options;
  // Every text from the agreement reaches the terminal: no control character may pass.
  const view = cleanStrings(data, terminalText);
  const w = messages(lang).show;
  const out: string[] = [];
  /** `text` wrapped to the width, the first line after `lead`, the rest indented to line up with it. */
  const para = (indent: string, lead: string, text: string, style = (line: string) => line) => {
    const hang = " ".repeat(indent.length + lead.length);
    // Line breaks in the data (a literal block) stay; each paragraph is wrapped by itself.
    const width = Math.max(20, options.width - hang.length);
    const lines = text.split("\n").flatMap((paragraph) => wrapWords(paragraph, width).map((line) => style(line)));
    for (const [i, line] of lines.entries()) out.push(i === 0 ? indent + lead + line : hang + line);
  };
  const heading = (text: string) => out.push("", chalk.bold(text));
  const field = (label: string, value: string | undefined, indent = "  ") =>
    value !== undefined && para(indent, `${label}: `, value);

  para("", "", view.title, chalk.bold);
  if (view.otherTitle) para("", "", view.otherTitle, chalk.dim);
  out.push(
    chalk.dim(
      `${view.id} · ${messages(lang).labels.kind[view.kind]} · ${messages(lang).labels.agreementStatus[view.status]}`,
    ),
  );

  heading(w.parties);
  for (const p of view.parties) {
    para("  • ", "", (p.type ? `${p.name} (${messages(lang).labels.partyType[p.type]})` : p.name) + p.note);
    const people = (list: { name: string; role?: string }[] | undefined) => list?.map(personText).join("; ");
    field(w.signatories, people(p.signatories), "    ");
    field(w.representatives, people(p.representatives), "    ");
    field(w.notes, p.notes, "    ");
  }

  heading(w.dates);
  const dates = [
    [w.signed, view.signed],
    [w.effective, view.effective],
    [w.expires, view.expires],
  ].filter(([, d]) => d !== undefined);
  if (dates.length > 0) out.push(`  ${dates.map(([label, d]) => `${label}: ${d}`).join(" · ")}`);
  if (view.document)
    field(w.document, [view.document.number, view.document.date, view.document.issuer].filter(Boolean).join(", "));

  heading(w.reviews);
  const r = view.review;
  if (r === undefined) para("  ", "", w.noRule);
  else {
    field(w.every, `${r.every}, ${r.mode === "fixed" ? w.fixed : w.rolling}`);
    field(w.first, r.first);
    field(w.remind, r.remind);
  }
  if (view.reviews.length === 0 && r !== undefined) field(w.held, w.none);
  if (view.reviews.length > 0) out.push(`  ${w.held}:`);
  for (const h of view.reviews) {
    const tag = h.extra ? w.extra : h.number !== undefined ? `${w.review} ${h.number}` : undefined;
    const head = [h.date, tag && `(${tag})`, h.place].filter(Boolean).join(" ");
    para("    • ", "", h.summary ? `${head} — ${h.summary}` : head);
  }
  if (r !== undefined) {
    if (r.missed.length > 0) field(w.missed, chalk.yellow(numberRanges(r.missed)));
    if (r.next === null) field(w.next, r.none === "expires" ? w.expiresFirst : w.notActive);
    else {
      const tone = r.next.state === "overdue" ? chalk.red : r.next.state === "due-soon" ? chalk.yellow : chalk.green;
      const state =
        r.next.days < 0
          ? w.overdueBy({ days: -r.next.days })
          : `${messages(lang).labels.reviewState[r.next.state]}, ${w.daysLeft({ days: r.next.days })}`;
      field(w.next, `${w.review} ${r.next.number}, ${w.due} ${r.next.due} — ${tone(state)}`);
    }
  }

  heading(`${w.commitments} (${view.commitments.length})`);
  if (view.commitments.length === 0) para("  ", "", w.noCommitments);
  for (const c of view.commitments) {
    const number = `${c.id}. `;
    para("  ", number, c.title);
    const indent = `  ${" ".repeat(number.length)}`;
    field(w.lead, c.lead.length ? c.lead.join("; ") : undefined, indent);
    field(w.support, c.support.length ? c.support.join("; ") : undefined, indent);
    const status = messages(lang).labels.commitmentStatus[c.status];
    const facts = [`${w.status}: ${statusTone(c.status, chalk)(status)}`];
    if (c.due) facts.push(`${w.deadline}: ${c.overdue ? chalk.red(c.due) : c.due}`);
    if (c.sectors.length) facts.push(`${w.sectors}: ${c.sectors.map((x) => sectorName(x, lang)).join(", ")}`);
    para(indent, "", facts.join(" · "));
    field(w.notes, c.notes, indent);
  }

  if (view.sources.length > 0) {
    heading(w.sources);
    for (const s of view.sources)
      para("  • ", "", [s.title, s.author, s.publisher, s.published, s.url].filter(Boolean).join(" — "));
  }
  if (view.notes) {
    heading(w.notes);
    para("  ", "", view.notes);
  }
  out.push("", chalk.dim(`${w.file}: ${view.file}`));
  return `${out.join("\n")}\n`;
}
