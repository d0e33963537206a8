import { plain } from "./inline.js";
import type { Block, ListItem } from "./model.js";

/** A closing section longer than this many blocks and items is not held together on one page. */
const SHORT_SECTION = 8;

const leadsIn = (item: { runs: { text: string }[] }) => /:\s*$/.test(plain(item.runs as never));

function itemKeeps(items: ListItem[]): void {
  for (const item of items) {
    if (leadsIn(item) || item.children.length > 0) item.keep = true;
    for (const child of item.children) blockKeeps(child);
  }
}

function blockKeeps(block: Block): void {
  if (block.kind === "heading") block.keep = true;
  else if (block.kind === "paragraph" && leadsIn(block)) block.keep = true;
  else if (block.kind === "list") itemKeeps(block.items);
}

/** Marks the very end of a block (its last item, row or line) to stay with what follows. */
function keepEnd(block: Block): void {
  if (block.kind === "heading" || block.kind === "paragraph" || block.kind === "table") block.keep = true;
  else if (block.kind === "list") {
    const last = block.items.at(-1);
    if (!last) return;
    if (last.children.length > 0) keepEnd(last.children.at(-1)!);
    else last.keep = true;
  }
}

function size(block: Block): number {
  if (block.kind === "list")
    return block.items.reduce((n, i) => n + 1 + i.children.reduce((m, c) => m + size(c), 0), 0);
  if (block.kind === "table") return Number.POSITIVE_INFINITY;
  return 1;
}

/**
 * The rules that keep a page readable, decided once for every renderer: headings and lead-ins ending
 * in a colon stay with what follows; the last block stays with the signature block; and a short closing
 * section stays whole with the signature, taking the end of the section before it along, so that no page
 * holds the closing section alone.
 */
export function applyKeeps(blocks: Block[]): void {
  for (const block of blocks) blockKeeps(block);
  const last = blocks.at(-1);
  if (last === undefined) return;
  keepEnd(last);
  const start = blocks.findLastIndex((b) => b.kind === "heading");
  if (start <= 0) return;
  const section = blocks.slice(start);
  if (section.reduce((n, b) => n + size(b), 0) > SHORT_SECTION) return;
  for (const block of section) {
    if (block.kind === "list") for (const item of block.items) item.keep = true;
    else keepEnd(block);
  }
  keepEnd(blocks[start - 1]!);
}
