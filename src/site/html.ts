/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is already `Html`
 * (made by this module), so text from agreement files can only ever become text. Attributes must be
 * written quoted in the templates; the escaping covers both quote characters.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Control characters have no business in a page (ESC, NUL, C1 codes): they are shown as the visible
// symbols Unicode keeps for them (␛), so a hostile value stays literal and legible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being replaced
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const picture = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
};

// Most values need no escaping at all; one test finds those before any replacing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are among those looked for
const ANY = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function escapeHtml(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SPECIAL, (c) => ENTITY[c]!).replace(CONTROL, picture);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === false || value === null || value === undefined) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup this module did not make; only for constant strings of our own. */
export const trusted = (text: string): Html => new Html(text);

/** Values joined by a separator (escaped like any value unless it is Html). */
export const join = (values: readonly HtmlValue[], separator: HtmlValue): Html =>
  new Html(values.map(render).join(render(separator)));

/**
 * A link's address when it is safe to follow: http and https only, so a `javascript:` or `data:` URL in a
 * source is shown as text and never becomes a link.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A table cell; `label` is shown before the value only where tables become cards (phones). */
export const td = (content: HtmlValue, options: { label?: string; className?: string } = {}): Html => {
  const label = options.label === undefined ? "" : html`<span class="k">${options.label}: </span>`;
  const cls = options.className === undefined ? "" : html` class="${options.className}"`;
  return html`<td${cls}>${label}${content}</td>`;
};

/** A header row of column names. */
export const headRow = (names: readonly string[]): Html =>
  html`<thead><tr>${names.map((n) => html`<th scope="col">${n}</th>`)}</tr></thead>`;
