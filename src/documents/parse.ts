import { marked, type Token, type Tokens } from "marked";
import { breakLongRuns, oneLine, withoutControls } from "../core/text/neutral.js";
import { decodeEntities } from "./entities.js";
import { runs } from "./inline.js";
import { applyKeeps } from "./keep.js";
import type { Align, Block, Body, Figure, ListItem, Run } from "./model.js";

type Figures = Readonly<Record<string, Figure>>;

/** The figure a fenced ```mermaid block stands for, when its first line names one: "%% mou:chart status". */
function figureOf(token: Tokens.Code, figures: Figures): Figure | undefined {
  if (token.lang !== "mermaid") return undefined;
  const name = /^%% mou:chart (\w+)/.exec(token.text)?.[1];
  return name !== undefined && Object.hasOwn(figures, name) ? figures[name] : undefined;
}

const text = (value: string): Run[] =>
  value === "" ? [] : [{ text: breakLongRuns(withoutControls(oneLine(value))), bold: false, italic: false }];

function listItem(item: Tokens.ListItem, figures: Figures): ListItem {
  const [first, ...rest] = item.tokens;
  const lead = first && (first.type === "text" || first.type === "paragraph");
  return {
    runs: lead ? runs((first as Tokens.Paragraph).tokens ?? [first]) : [],
    children: blocks(lead ? rest : item.tokens, figures),
    keep: false,
  };
}

function block(token: Token, figures: Figures): Block[] {
  switch (token.type) {
    case "heading": {
      const t = token as Tokens.Heading;
      return [{ kind: "heading", level: t.depth, runs: runs(t.tokens), keep: true }];
    }
    case "paragraph":
      return [{ kind: "paragraph", runs: runs((token as Tokens.Paragraph).tokens), keep: false }];
    case "text":
      return [{ kind: "paragraph", runs: runs((token as Tokens.Text).tokens ?? [token]), keep: false }];
    case "list": {
      const t = token as Tokens.List;
      const start = typeof t.start === "number" ? t.start : 1;
      return [{ kind: "list", ordered: t.ordered, start, items: t.items.map((i) => listItem(i, figures)) }];
    }
    case "table": {
      const t = token as Tokens.Table;
      const align: Align[] = t.align.map((a) => a ?? "left");
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => runs(c.tokens));
      return [{ kind: "table", header: row(t.header), rows: t.rows.map(row), align, keep: false }];
    }
    case "blockquote":
      return blocks((token as Tokens.Blockquote).tokens, figures).map((b) =>
        b.kind === "paragraph" ? { ...b, quote: true, runs: b.runs.map((r) => ({ ...r, italic: true })) } : b,
      );
    case "hr":
      return [{ kind: "rule" }];
    case "space":
      return [];
    case "code": {
      const figure = figureOf(token as Tokens.Code, figures);
      if (figure !== undefined) return [{ kind: "chart", figure }];
      return [{ kind: "paragraph", runs: text((token as Tokens.Code).text), keep: false, quote: true }];
    }
    default:
      return [{ kind: "paragraph", runs: text(decodeEntities(token.raw.trim())), keep: false }];
  }
}

const blocks = (tokens: Token[], figures: Figures): Block[] => tokens.flatMap((t) => block(t, figures));

/**
 * The body of a document from its Markdown: a leading "# …" is the document type and a "## …" right
 * after it the summary line; the rest are blocks, with the keep-together rules applied. A Mermaid block
 * that names one of `figures` becomes that chart.
 */
export function parseBody(markdown: string, figures: Figures = {}): Body {
  const tokens = marked.lexer(markdown.normalize("NFC")).filter((t) => t.type !== "space");
  let type: Run[] = [];
  let summary: Run[] = [];
  if (tokens[0]?.type === "heading" && (tokens[0] as Tokens.Heading).depth === 1) {
    type = runs((tokens.shift() as Tokens.Heading).tokens);
    if (tokens[0]?.type === "heading" && (tokens[0] as Tokens.Heading).depth === 2)
      summary = runs((tokens.shift() as Tokens.Heading).tokens);
  }
  const body = blocks(tokens, figures);
  applyKeeps(body);
  return { type, summary, blocks: body };
}
