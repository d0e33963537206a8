import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: none for words of one or
 * two letters (any two are one edit apart), one edit for three letters, else a third of the length (at
 * least 2, so that a swapped pair counts, at most 3). Case-insensitive.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = lower.length <= 2 ? 0 : lower.length === 3 ? 1 : Math.min(3, Math.max(2, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Lengths further apart than the limit are further apart in edits too: no need to measure (a value of
    // a megabyte is compared with nothing).
    if (Math.abs(candidate.length - lower.length) > limit) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * The candidate a user most likely meant by `word`: one that contains it or that it contains (an id typed
 * without its year, or with one too many), else a likely typo.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const containing = candidates.filter((c) => c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()));
  if (lower.length >= 3 && containing.length > 0)
    return containing.sort((a, b) => Math.abs(a.length - lower.length) - Math.abs(b.length - lower.length))[0];
  return suggest(word, candidates);
}
