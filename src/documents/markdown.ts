import Handlebars from "handlebars";
import { englishDate, shortDate, vietnameseDate, vietnameseDateLine } from "../core/text/date-text.js";
import type { AgendaView } from "../core/views/agenda.js";
import { escapeMarkdown } from "../format/markdown.js";
import precompiled from "../generated/templates.cjs";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";

/** Every string of the view escaped for Markdown and HTML, so data can never become markup or template syntax. */
function escapeDeep(value: unknown): unknown {
  if (typeof value === "string") return escapeMarkdown(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v)]));
  return value;
}

export class TemplateError extends Error {}

/**
 * Renders an agenda template (Handlebars) to the Markdown of the programme's body (the title block and the
 * closing are laid out around it from the view, see frame.ts). Values are escaped before they reach the template,
 * so the template itself is compiled without HTML escaping; prototype access stays disabled, as it is by
 * default in Handlebars.
 */
export function renderAgendaMarkdown(template: string, view: AgendaView): string {
  return renderTemplate(template, view);
}

/** Renders any document template the same way; `helpers` adds the document's own (they get raw values). */
export function renderTemplate(
  template: string,
  view: { lang: Lang },
  helpers: Record<string, Handlebars.HelperDelegate> = {},
): string {
  const hb = Handlebars.create();
  const vi = view.lang === "vi";
  hb.registerHelper("date", (date: unknown) =>
    typeof date === "string" ? (vi ? vietnameseDate(date) : englishDate(date)) : "",
  );
  hb.registerHelper("shortDate", (date: unknown) => (typeof date === "string" ? shortDate(date, view.lang) : ""));
  hb.registerHelper("dateLine", (place: unknown, date: unknown) =>
    typeof date !== "string"
      ? ""
      : vi
        ? vietnameseDateLine(String(place), date)
        : `${String(place)}, ${englishDate(date)}`,
  );
  const { agreementStatus, commitmentStatus, reviewState } = messages(view.lang).labels;
  const labels: Record<string, string> = { ...agreementStatus, ...commitmentStatus, ...reviewState };
  hb.registerHelper("statusName", (code: unknown) =>
    typeof code === "string" && Object.hasOwn(labels, code) ? labels[code] : String(code),
  );
  hb.registerHelper("join", (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === "string" ? separator : ", ") : "",
  );
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  try {
    // The bundled templates were compiled when mou was built (scripts/build.mjs), with these options.
    const spec = precompiled.get(template);
    const render = spec !== undefined ? hb.template(spec) : hb.compile(template, { noEscape: true, strict: false });
    // Denied explicitly, so that Handlebars does not also print its advice on how to allow it.
    return render(escapeDeep(view), { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw new TemplateError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}
