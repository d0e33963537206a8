import type { Token, Tokens } from "marked";
import { breakLongRuns, withoutControls } from "../core/text/neutral.js";
import { decodeEntities } from "./entities.js";
import type { Run } from "./model.js";

export type { Run } from "./model.js";

/** Inline Markdown tokens as styled runs; HTML other than <br> is text, entities are decoded. */
function collect(tokens: Token[] | undefined, bold: boolean, italic: boolean, out: Run[]): void {
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "strong":
        collect((t as Tokens.Strong).tokens, true, italic, out);
        break;
      case "em":
        collect((t as Tokens.Em).tokens, bold, true, out);
        break;
      case "del":
      case "link":
        collect((t as Tokens.Del).tokens, bold, italic, out);
        break;
      case "br":
        out.push({ text: "\n", bold, italic });
        break;
      case "html":
        out.push({ text: /^<br\s*\/?>$/i.test(t.raw.trim()) ? "\n" : t.raw, bold, italic });
        break;
      case "text":
        if ("tokens" in t && t.tokens?.length) collect(t.tokens, bold, italic, out);
        // A line end inside a paragraph is a soft break: a space, not a new line.
        else out.push({ text: decodeEntities((t as Tokens.Text).text).replace(/\n/g, " "), bold, italic });
        break;
      case "codespan":
      case "escape":
        out.push({ text: decodeEntities((t as Tokens.Codespan).text), bold, italic });
        break;
      default:
        out.push({ text: decodeEntities(t.raw), bold, italic });
    }
  }
}

/**
 * Styled runs for a renderer: adjacent runs of one style joined (escaped characters split the text into
 * many tokens), control characters made visible and inert, and long unbroken runs made breakable.
 */
export function runs(tokens: Token[] | undefined, bold = false, italic = false): Run[] {
  const raw: Run[] = [];
  collect(tokens, bold, italic, raw);
  const merged: Run[] = [];
  for (const run of raw) {
    if (run.text === "") continue;
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  for (const run of merged) run.text = breakLongRuns(withoutControls(run.text.replace(/\r/g, "")));
  return merged;
}

export const plain = (r: Run[]) => r.map((x) => x.text).join("");

export const styled = (list: Run[], style: Partial<Omit<Run, "text">>): Run[] => list.map((r) => ({ ...r, ...style }));
