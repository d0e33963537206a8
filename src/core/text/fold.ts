/**
 * Text folded for matching the way Vietnamese readers search: case, diacritics and Unicode form are
 * ignored ("DA NANG", "da nang" and "Đà Nẵng" fold alike; đ/Đ fold to d), and runs of white space become
 * one space.
 */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether the folded query appears in any of the texts (as a phrase). An empty query matches. */
export function matches(query: string, ...texts: (string | undefined)[]): boolean {
  const q = fold(query);
  return q === "" || texts.some((t) => t !== undefined && fold(t).includes(q));
}

/** An id made from free text: "Nghệ An 2024" → "nghe-an-2024" (folded, words joined by hyphens). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
