/**
 * Text from data made harmless for a sink that gives line ends or control characters a meaning. Markdown
 * starts a heading, list item or table row on a new line, and CommonMark ends a line at CR as well as LF;
 * other readers also break at NEL, the Unicode line and paragraph separators, vertical tab and form feed.
 */
const LINE_ENDS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** Control characters that no document shows (C0 but tab, DEL, C1): terminal escapes among them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Every kind of line end becomes a space: the text stays one line in any sink. */
export const oneLine = (text: string): string => text.replace(LINE_ENDS, " ");

/** Tabs become spaces and other control characters the replacement character, visible and inert. */
export const withoutControls = (text: string): string => text.replace(/\t/g, " ").replace(CONTROLS, "\ufffd");

/** The longest run of letters a line breaker must measure at once; longer runs get break opportunities. */
export const LONGEST_RUN = 20;

/**
 * A zero-width space after every LONGEST_RUN characters of an unbroken run, so that layout can wrap a
 * 50,000-character "word" in linear time instead of measuring it letter by letter; invisible in print.
 */
export function breakLongRuns(text: string): string {
  if (text.length <= LONGEST_RUN) return text;
  return text.replace(/[^\s\u200b]{21,}/gu, (run) => {
    const chars = Array.from(run);
    let out = "";
    for (let i = 0; i < chars.length; i++) {
      out += chars[i];
      // Never between a letter and a combining mark that follows it.
      if ((i + 1) % LONGEST_RUN === 0 && i + 1 < chars.length && !/\p{M}/u.test(chars[i + 1]!)) out += "\u200b";
    }
    return out;
  });
}

/** Text from data for a PDF or Word document: one line, no controls, long runs breakable. */
export const documentText = (text: string): string => breakLongRuns(withoutControls(oneLine(text)));

// For a terminal, a control character is shown as its picture (␛, ␍) rather than as U+FFFD, so that what
// was in the data can still be seen and fixed: a file cannot hold one raw (file/control-character), but
// double-quoted YAML can write any of them as an escape ("\e]0;…\a", "\r# KẾT LUẬN"), and file names and
// command-line arguments can hold them too.

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
