import { oneLine, withoutControls } from "../core/text/neutral.js";

/**
 * Text from YAML made literal in Markdown: characters that open emphasis, code, links, HTML, strike-through
 * or table cells are escaped anywhere, block markers (`#`, `-`, `+`, `>`, `1.`) only at the start, and
 * every kind of line end (CR alone, NEL, U+2028 …) becomes a space, so data can never start a line of its
 * own; control characters become U+FFFD. Bare web and e-mail addresses are broken up with an escape too,
 * so GitHub's autolinking does not turn them into links.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(
    /^(\s*)([#+\-=]|\d+[.)])/,
    (_, space: string, marker: string) => `${space}${marker.replace(/([#+\-=.)])$/, "\\$1")}`,
  );
}

const INLINE = /[\\`*_[\]|~@&<>]|(?:https?|ftp|mailto):|www\./gi;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** The same without the escape of a leading block marker: for table cells, which hold inline text only. */
export function escapeInline(text: string): string {
  // One pass over the text: agendas escape every value of ten thousand commitments.
  return withoutControls(oneLine(text)).replace(INLINE, (m) => {
    if (m.length === 1) return ENTITIES[m] ?? `\\${m}`;
    return m.endsWith(":") ? `${m.slice(0, -1)}\\:` : `${m.slice(0, 3)}\\.`;
  });
}
