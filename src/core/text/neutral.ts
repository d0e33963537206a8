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
