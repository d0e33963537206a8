/**
 * Whole numbers in ascending order written as runs: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7, 8". A long list of
 * missed reviews reads as what it is, and its length no longer grows with the numbers.
 */
export function numberRanges(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) runs.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(numbers[k]));
    i = j + 1;
  }
  return runs.join(", ");
}
