import { markdownLine } from "../core/text/sanitize.js";

/**
 * Text from YAML made literal in Markdown: characters that open emphasis, code, links, HTML, strike-through
 * or table cells are escaped anywhere, block markers (`#`, `-`, `+`, `>`, `1.`) only at the start, and
 * line breaks become spaces. Bare web and e-mail addresses are broken up with an escape too, so GitHub's
 * autolinking does not turn them into links.
 */
export function escapeMarkdown(text: string): string {
  return markdownLine(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/(https?|ftp|mailto):/gi, "$1\\:")
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, "\\@")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(
      /^(\s*)([#+\-=]|\d+[.)])/,
      (_, space: string, marker: string) => `${space}${marker.replace(/([#+\-=.)])$/, "\\$1")}`,
    );
}
