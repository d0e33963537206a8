/**
 * Text folded for matching the way Vietnamese readers search: case, diacritics and Unicode form are
 * ignored ("DA NANG", "da nang" and "Đà Nẵng" fold alike; đ/Đ fold to d), and runs of white space become
 * one space.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
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
  return phraseIn(query)(haystack(...texts));
}

/** An id made from free text: "Nghệ An 2024" → "nghe-an-2024" (folded, words joined by hyphens). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
