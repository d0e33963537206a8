import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readSync, unlinkSync } from "node:fs";
import { digest } from "./manifest.js";

// Read without following a link and without waiting on a named pipe planted in the previous site.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** One buffer for reading previous files, grown to the largest page. */
let scratch = Buffer.alloc(64 * 1024);

function readWhole(fd: number, size: number): Buffer | undefined {
  if (scratch.length < size) scratch = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, scratch, done, size - done, done);
    if (n === 0) return undefined;
    done += n;
  }
  return scratch.subarray(0, size);
}

/**
 * Puts the previous site's file at `target` when it is a regular file of `size` bytes that pass `same`, as
 * a second name for the same file (a hard link), and says whether it did. After linking, the new name is
 * checked to be the very file that was compared. Anything unexpected (no such file, a link, another size,
 * a disk without hard links) answers false, and the caller writes the file afresh.
 */
function linkIf(previous: string, target: string, size: number, same: (old: Buffer) => boolean): boolean {
  let fd: number;
  try {
    fd = openSync(previous, READ_FLAGS);
  } catch {
    return false;
  }
  let linked = false;
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size !== size) return false;
    const old = readWhole(fd, info.size);
    if (old === undefined || !same(old)) return false;
    linkSync(previous, target);
    linked = true;
    const made = lstatSync(target);
    if (made.isFile() && made.ino === info.ino && made.dev === info.dev) return true;
    unlinkSync(target);
    return false;
  } catch {
    if (linked) unlinkSync(target);
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts the previous site's file at `target` when its bytes are exactly `bytes` (see `linkIf`). A page that
 * did not change is then neither written nor, when the previous site is removed, freed: on a disk where
 * making and freeing a file costs far more than naming one again, a site rebuilt with few changes is
 * written in a fraction of the time. The file is never written to afterwards, so sharing it with the
 * previous site is safe.
 */
export const linkIfSame = (previous: string, target: string, bytes: Uint8Array): boolean =>
  linkIf(previous, target, bytes.length, (old) => old.equals(bytes));

/**
 * Puts the previous site's file at `target` when its bytes are those the previous site recorded for it
 * (same size, same SHA-1), so that a page recorded under the key of the page to be made is taken over
 * without making it. A file changed since it was written, by hand or otherwise, fails the check.
 */
export const linkIfRecorded = (previous: string, target: string, record: { size: number; hash: string }): boolean =>
  linkIf(previous, target, record.size, (old) => digest(old) === record.hash);
