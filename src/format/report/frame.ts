import stringWidth from "string-width";
import { terminalLine } from "../../core/text/neutral.js";
import type { Lines } from "../../load/yaml/lines.js";

/** How much of a long line a frame shows, around the column it points at. */
const WINDOW = 100;

/** A line cut to WINDOW characters around `column` (1-based), with … where it was cut; and the new column. */
function around(text: string, column: number): { text: string; column: number } {
  if (text.length <= WINDOW) return { text, column };
  const start = Math.max(0, Math.min(column - 1 - WINDOW / 2, text.length - WINDOW));
  const head = start > 0 ? "…" : "";
  const tail = start + WINDOW < text.length ? "…" : "";
  return { text: head + text.slice(start, start + WINDOW) + tail, column: column - start + head.length };
}

/**
 * The source lines around a diagnostic with a caret under its column, as compilers show them:
 *
 *       1 | id: x
 *     > 2 | title: "Chương trình
 *         |        ^
 *       3 | kind: mou
 *
 * Each line is cut around the column and cleaned for the terminal, so that a one-line file of a
 * megabyte, or a control character, cannot flood or steer it. `lines` indexes the file once for all its
 * diagnostics.
 */
export function codeFrame(lines: Lines, line: number, column: number): string {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.count, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const cut = around(lines.lineText(n), n === line ? column : 1);
    const text = terminalLine(cut.text);
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} |${text ? ` ${text}` : ""}`);
    if (n === line) {
      const before = text.slice(0, Math.max(0, cut.column - 1));
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(stringWidth(before))}^`);
    }
  }
  return out.join("\n");
}
