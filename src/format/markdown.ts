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

/** The same without the escape of a leading block marker: for table cells, which hold inline text only. */
export function escapeInline(text: string): string {
  return withoutControls(oneLine(text))
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/(https?|ftp|mailto):/gi, "$1\\:")
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, "\\@")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
