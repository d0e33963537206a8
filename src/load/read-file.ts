import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats, statSync } from "node:fs";

/** Why a path could not be read as a file. */
export interface Unreadable {
  kind:
    | "folder"
    | "fifo"
    | "device"
    | "socket"
    | "other"
    | "loop"
    | "folder-loop"
    | "broken-link"
    | "folder-unreadable"
    | "error";
  /** The system's error code (EACCES, ENAMETOOLONG, …), for `error` and `folder-unreadable`. */
  code?: string;
}

/** A path that is not a readable regular file. */
export class ReadProblem extends Error {
  constructor(readonly reason: Unreadable) {
    super(reason.code ?? reason.kind);
  }
}

/** A file larger than the limit; `size` is at least the limit plus one, or the size the system reports. */
export class TooLarge extends Error {
  constructor(readonly size: number) {
    super(`${size} bytes`);
  }
}

/** What a path is, when it is not a regular file. */
export function specialKind(stats: Stats): Unreadable["kind"] | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  if (stats.isSocket()) return "socket";
  return "other";
}

/** The reason behind a failed stat or open: a loop or a dangling link reads better than ELOOP or ENOENT. */
export function reasonOf(error: unknown, path: string): Unreadable {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  if (code === "ELOOP") return { kind: "loop" };
  if (code === "EISDIR") return { kind: "folder" };
  if (code === "ENOENT") {
    const link = (() => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    if (link) return { kind: "broken-link" };
  }
  return { kind: "error", code };
}

// Opening never waits: a named pipe with no writer would otherwise block the open itself.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file of at most `limit` bytes. Anything else — a folder, a named pipe, a device
 * such as /dev/zero, a socket — is refused before a byte is read, and the limit holds while reading, so
 * neither a file that grows nor one that misreports its size can make mou read without end. Symbolic
 * links are followed. `found` says the path was seen to be a regular file a moment ago (a folder's
 * listing said so): the look before opening is then skipped, and the one after still holds. Throws
 * ReadProblem or TooLarge.
 */
export function readRegularFile(path: string, limit: number, found = false): Uint8Array {
  let kind: Unreadable["kind"] | undefined;
  try {
    if (!found) kind = specialKind(statSync(path));
  } catch (error) {
    throw new ReadProblem(reasonOf(error, path));
  }
  if (kind) throw new ReadProblem({ kind });
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw new ReadProblem(reasonOf(error, path));
  }
  try {
    // The path may have been replaced between the two looks; what counts is what was opened.
    const stats = fstatSync(fd);
    const opened = specialKind(stats);
    if (opened) throw new ReadProblem({ kind: opened });
    if (stats.size > limit) throw new TooLarge(stats.size);
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stats.size + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (buffer.length > limit) throw new TooLarge(total);
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, total);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
    }
    if (total > limit) throw new TooLarge(total);
    return buffer.subarray(0, total);
  } catch (error) {
    if (error instanceof ReadProblem || error instanceof TooLarge) throw error;
    throw new ReadProblem(reasonOf(error, path));
  } finally {
    closeSync(fd);
  }
}
