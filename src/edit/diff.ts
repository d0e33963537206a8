import { formatPatch, structuredPatch } from "diff";

const CONTEXT = 2;

/** The offsets where each line of `text` starts, and its end: line i is text.slice(starts[i], starts[i + 1]). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  if (starts.at(-1) !== text.length) starts.push(text.length);
  return starts;
}

/**
 * A unified diff of an edit, as git prints it (without its "Index:" line). Only the lines around the
 * change are compared: the lines both texts share at the start and the end are found by a plain scan, so
 * a one-line edit of a large file costs a pass over it, not a diff of all of it.
 */
export function editDiff(file: string, before: string, after: string): string {
  const a = lineStarts(before);
  const b = lineStarts(after);
  let head = 0; // whole lines the texts share at the start
  while (
    head < a.length - 1 &&
    head < b.length - 1 &&
    a[head + 1] === b[head + 1] &&
    before.slice(a[head], a[head + 1]) === after.slice(b[head], b[head + 1])
  )
    head++;
  let tail = 0; // whole lines they share at the end, not overlapping the head
  while (
    tail < a.length - 1 - head &&
    tail < b.length - 1 - head &&
    before.slice(a[a.length - 2 - tail], a[a.length - 1 - tail]) ===
      after.slice(b[b.length - 2 - tail], b[b.length - 1 - tail])
  )
    tail++;
  const from = Math.max(0, head - CONTEXT);
  const window = (text: string, starts: number[]) =>
    text.slice(starts[from], starts[Math.min(starts.length - 1, starts.length - 1 - tail + CONTEXT)]);
  const patch = structuredPatch(file, file, window(before, a), window(after, b), undefined, undefined, {
    context: CONTEXT,
  });
  for (const hunk of patch.hunks) {
    hunk.oldStart += from;
    hunk.newStart += from;
  }
  return formatPatch(patch).replace(/^Index: .*\n=+\n/, "");
}
