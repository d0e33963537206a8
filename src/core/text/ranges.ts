/**
 * Whole numbers in ascending order written as runs: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8". A long list of
 * missed reviews reads as what it is, and its length no longer grows with the numbers.
 */
export function numberRanges(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j === i ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}
