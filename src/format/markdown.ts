/**
 * Text from YAML made literal in Markdown: characters that open emphasis, code, links, HTML, strike-through
 * or table cells are escaped anywhere, block markers (`#`, `-`, `+`, `>`, `1.`) only at the start, and
 * line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\s*)([#+\-=]|\d+[.)])/, (_, space: string, marker: string) => `${space}${marker.replace(/([#+\-=.)])$/, "\\$1")}`);
}
