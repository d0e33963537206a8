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
// symbols Unicode keeps for them (␛), so a hostile value stays literal and legible. So are the controls
// that turn the direction of text (U+202A–U+202E, U+2066–U+2069), shown as �: one in a value would
// otherwise reverse what the page writes after it ("(Lào) · 2023" read "3202 · (oàL)").
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being replaced
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const picture = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
};

// Most values need no escaping at all; one test finds those before any replacing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are among those looked for
const ANY = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function escapeHtml(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SPECIAL, (c) => ENTITY[c]!).replace(CONTROL, picture);
}

// A site is made of millions of interpolated values: the common cases (text, our own markup) come first,
// and lists are joined by a loop rather than copied through map and join.
function render(value: HtmlValue): string {
  if (typeof value === "string") return escapeHtml(value);
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) {
    let out = "";
    for (const item of value as readonly HtmlValue[]) out += render(item);
    return out;
  }
  if (value === false || value === null || value === undefined) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup made outside a template: constant strings of our own, or text whose every value went through `escapeHtml`. */
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

// The few labels and class names of cells, each escaped once rather than once per cell.
const cellLabels = new Map<string, string>();
const cellClasses = new Map<string, string>();

/** A table cell; `label` is shown before the value only where tables become cards (phones). */
export const td = (content: HtmlValue, options: { label?: string; className?: string } = {}): Html => {
  let open = "<td>";
  if (options.className !== undefined) {
    let made = cellClasses.get(options.className);
    if (made === undefined) {
      made = `<td class="${escapeHtml(options.className)}">`;
      cellClasses.set(options.className, made);
    }
    open = made;
  }
  if (options.label !== undefined) {
    let made = cellLabels.get(options.label);
    if (made === undefined) {
      made = `<span class="k">${escapeHtml(options.label)}: </span>`;
      cellLabels.set(options.label, made);
    }
    open += made;
  }
  return new Html(`${open}${render(content)}</td>`);
};

/** A header row of column names. */
export const headRow = (names: readonly string[]): Html =>
  html`<thead><tr>${names.map((n) => html`<th scope="col">${n}</th>`)}</tr></thead>`;
