import { remembered } from "./remembered.js";
/**
 * Text folded for matching the way Vietnamese readers search: case, diacritics and Unicode form are
 * ignored ("DA NANG", "da nang" and "Đà Nẵng" fold alike; đ/Đ fold to d), and runs of white space become
 * one space.
 */
export function fold(text: string): string {
  const map = table ?? makeTable();
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let folded: string | null | undefined;
    if (c < 0x80) folded = ASCII[c];
    else if (c < 0x250) folded = map[c - 0x80];
    else if (c >= 0x300 && c <= 0x36f) continue;
    else if (c >= 0x1e00 && c < 0x1f00) folded = map[c - 0x1e00 + 0x1d0];
    // Beyond the Latin letters Vietnamese and its neighbours use: the general reading.
    if (folded === undefined) return slowFold(text);
    if (folded === null) space = true;
    else if (folded !== "") {
      if (space && out !== "") out += " ";
      space = false;
      out += folded;
    }
  }
  return out;
}

/** What `fold` does, written plainly; `fold` gives the same for Latin text in one pass without a copy per step. */
export function slowFold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

const foldOne = (c: number): string | null => {
  const char = String.fromCharCode(c);
  return /\s/.test(char) ? null : slowFold(char);
};
/** ASCII folded (null for white space): made once, at load, it is small. */
const ASCII = Array.from({ length: 0x80 }, (_, c) => foldOne(c));
/** U+0080–U+024F, then U+1E00–U+1EFF (the Vietnamese letters with two marks), folded one by one. */
let table: (string | null)[] | undefined;
function makeTable(): (string | null)[] {
  table = [];
  for (let c = 0x80; c < 0x250; c++) table.push(foldOne(c));
  for (let c = 0x1e00; c < 0x1f00; c++) table.push(foldOne(c));
  return table;
}

/**
 * Several texts folded once, to be searched many times: each is folded and they are joined by a line
 * break, which folding never leaves in a text, so a query (folded too) never matches across two texts.
 * The static site stores this in each row, and its page script searches it with `phraseIn`.
 */
export function haystack(...texts: (string | undefined)[]): string {
  return texts
    .filter((t) => t !== undefined)
    .map(fold)
    .join("\n");
}

/**
 * A test of haystacks for one query, folded once: whether it appears in them as a phrase. An empty query
 * matches everything.
 */
export function phraseIn(query: string): (folded: string) => boolean {
  const q = fold(query);
  return (folded) => q === "" || folded.includes(q);
}

/** Whether the folded query appears in any of the texts (as a phrase). An empty query matches. */
export function matches(query: string, ...texts: (string | undefined)[]): boolean {
  // The same answer as searching their haystack: a folded query has no line break, so it can only be
  // found within one text. The query is folded once for a run of calls with the same query.
  if (query !== lastQuery) {
    lastQuery = query;
    lastFolded = fold(query);
  }
  const q = lastFolded;
  return q === "" || texts.some((t) => t !== undefined && folded(t).includes(q));
}
let lastQuery: string | undefined;
let lastFolded = "";

/**
 * `fold`, remembered for short texts: a search over a folder folds the same agencies and party names
 * for every commitment. Bounded: the memory is dropped whole when it is full.
 */
const folded = (text: string): string => (text.length > 80 ? fold(text) : foldedShort(text));
// Pure: the page script, which folds without it, leaves it out of its bundle.
const foldedShort = /* @__PURE__ */ remembered(fold);

/** An id made from free text: "Nghệ An 2024" → "nghe-an-2024" (folded, words joined by hyphens). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
