/**
 * Text from agreement files made harmless for the place it is written to, one function per sink. Files
 * cannot hold raw control characters (file/control-character), but double-quoted YAML can write any of
 * them as an escape ("\e]0;…\a", "\r# KẾT LUẬN"), and file names and command-line arguments can hold
 * them too. Each function keeps the text readable: a control character becomes its visible picture (␛,
 * ␍), never silently nothing, so that what was in the data can still be seen and fixed.
 */

/** C0 controls (U+0000–U+001F) and DEL, as their Unicode control pictures (U+2400–U+2421). */
const picture = (c: string): string => {
  const code = c.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
};

// biome-ignore-start lint/suspicious/noControlCharactersInRegex: finding control characters is the point
/** C0 controls but tab and line feed, and DEL. */
const C0 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** C0 controls but line feed (a tab moves the cursor too), and DEL. */
const C0_AND_TAB = /[\u0000-\u0009\u000b-\u001f\u007f]/g;
/**
 * C1 controls (U+0080–U+009F: CSI and OSC among them, which some terminals obey as ESC [ and ESC ]), and
 * the invisible marks that reorder text on screen (bidirectional overrides and isolates).
 */
const C1_AND_BIDI = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Every character some reader takes for the end of a line. */
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** Anything any of the functions below would change: most text has none, and is returned as it is. */
const ANY = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/;
// biome-ignore-end lint/suspicious/noControlCharactersInRegex: finding control characters is the point

/**
 * For a terminal, several lines allowed (`show`): line feeds stay (a CRLF becomes one), the Unicode line
 * separators become line feeds, a tab becomes a space, and every other control character — ESC, a lone
 * CR that would return the cursor over what was written, CSI — becomes visible.
 */
export function terminalText(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(/\r\n|[\u2028\u2029]/g, "\n")
    .replace(/\t/g, " ")
    .replace(C0, picture)
    .replace(C1_AND_BIDI, "\ufffd");
}

/** For one line of a terminal (a table cell, a diagnostic): as terminalText, and every line break becomes a space. */
export function terminalLine(text: string): string {
  return text
    .replace(LINE_BREAKS, " ")
    .replace(C0_AND_TAB, (c) => (c === "\t" ? " " : picture(c)))
    .replace(C1_AND_BIDI, "\ufffd");
}

/**
 * For one line of Markdown (a table cell, a list item): every character any Markdown reader may take for
 * a line break becomes a space — CommonMark ends lines at a lone CR too, so "x\r# KẾT LUẬN" would open a
 * heading — and other control characters become visible. Markdown's own syntax is escaped separately.
 */
export function markdownLine(text: string): string {
  return terminalLine(text);
}

/** Every string in a plain value (a view model) passed through `clean`; other values stay as they are. */
export function cleanStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === "string") return clean(value) as T;
  if (Array.isArray(value)) return value.map((item) => cleanStrings(item, clean)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = cleanStrings(item, clean);
    return out as T;
  }
  return value;
}
