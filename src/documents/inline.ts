import type { Token, Tokens } from "marked";
import { decodeEntities } from "./entities.js";

/** A piece of text in one style, as the PDF layout writes it. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Inline Markdown tokens as styled runs; HTML other than <br> is text, entities are decoded. */
export function runs(tokens: Token[] | undefined, bold = false, italic = false): Run[] {
  const out: Run[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "strong":
        out.push(...runs((t as Tokens.Strong).tokens, true, italic));
        break;
      case "em":
        out.push(...runs((t as Tokens.Em).tokens, bold, true));
        break;
      case "del":
      case "link":
        out.push(...runs((t as Tokens.Del).tokens, bold, italic));
        break;
      case "br":
        out.push({ text: "\n", bold, italic });
        break;
      case "html":
        out.push({ text: /^<br\s*\/?>$/i.test(t.raw.trim()) ? "\n" : t.raw, bold, italic });
        break;
      case "text":
        if ("tokens" in t && t.tokens?.length) out.push(...runs(t.tokens, bold, italic));
        else out.push({ text: decodeEntities((t as Tokens.Text).text), bold, italic });
        break;
      case "codespan":
      case "escape":
        out.push({ text: decodeEntities((t as Tokens.Codespan).text), bold, italic });
        break;
      default:
        out.push({ text: decodeEntities(t.raw), bold, italic });
    }
  }
  return out;
}

export const plain = (r: Run[]) => r.map((x) => x.text).join("");
