import { randomBytes } from "node:crypto";
import { readFileSync, unlinkSync } from "node:fs";
import * as fs from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { onExit } from "../load/exit-cleanup.js";
import { shortId } from "../load/write.js";

/**
 * Edits of one file take turns. An edit holds an advisory lock — a file beside the agreement, created
 * only if it does not exist (O_EXCL) — from before it reads the file until after it has renamed the new
 * text over it, so that two edits can never both start from the same text and lose one update.
 *
 * A lock whose holder died (killed outright: Ctrl-C and SIGTERM remove it) is recovered: on the same
 * machine when its process no longer exists, anywhere when it is older than STALE_MS, which no edit comes
 * near. Only one process breaks a stale lock, under a second short-lived lock, and only the lock it
 * judged stale: a lock taken meanwhile by a live edit is never removed.
 */

/** Older than this, a lock is taken to be left by a process that died; an edit takes a second or two. */
export const STALE_MS = 60_000;
/** How long an edit waits for its turn before it gives up (exit 1, nothing written). */
export const WAIT_MS = 15_000;

export interface LockInfo {
  pid: number;
  host: string;
  /** When the lock was taken (epoch ms). */
  at: number;
  /** Unique to one acquisition, so that a lock is only ever removed by whoever judged that very one. */
  token: string;
}

/** The lock file of `path`: short and of fixed length, whatever the length of the file's name. */
export const lockPath = (path: string) => join(dirname(path), `.mou-${shortId(path)}.lock`);

/** The edit could not get its turn within WAIT_MS. */
export class LockBusy extends Error {
  constructor(readonly holder: LockInfo | undefined) {
    super("locked");
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readLock(path: string): Promise<{ info?: LockInfo; mtime: number } | undefined> {
  try {
    const [text, stats] = await Promise.all([fs.readFile(path, "utf8"), fs.stat(path)]);
    try {
      return { info: JSON.parse(text) as LockInfo, mtime: stats.mtimeMs };
    } catch {
      // Half-written by a process that died between creating and filling it: judged by its age alone.
      return { mtime: stats.mtimeMs };
    }
  } catch {
    return undefined;
  }
}

function isStale(lock: { info?: LockInfo; mtime: number }, now: number): boolean {
  const age = now - (lock.info?.at ?? lock.mtime);
  if (age > STALE_MS || now - lock.mtime > STALE_MS) return true;
  return lock.info !== undefined && lock.info.host === hostname() && !alive(lock.info.pid);
}

async function tryCreate(path: string, info: LockInfo): Promise<boolean> {
  try {
    const handle = await fs.open(path, "wx", 0o644);
    try {
      await handle.writeFile(JSON.stringify(info));
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Removes the stale lock `judged`, unless it was replaced meanwhile; under a guard so that only one
 * process breaks it. False when another process holds the guard.
 */
async function breakStale(path: string, judged: { info?: LockInfo; mtime: number }): Promise<boolean> {
  const guard = `${path}.break`;
  const mine: LockInfo = { pid: process.pid, host: hostname(), at: Date.now(), token: randomBytes(8).toString("hex") };
  if (!(await tryCreate(guard, mine))) {
    // A guard is held for a moment only; one older than that was left by a process that died holding it.
    const held = await readLock(guard);
    if (held && Date.now() - held.mtime > 5_000) await fs.unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    const now = await readLock(path);
    const same = now !== undefined && now.mtime === judged.mtime && now.info?.token === judged.info?.token;
    if (same) await fs.unlink(path).catch(() => undefined);
  } finally {
    await fs.unlink(guard).catch(() => undefined);
  }
  return true;
}

/**
 * Runs `work` while holding the edit lock of `path`; throws LockBusy when another edit keeps it for longer
 * than `wait` ms. The lock is released when the work ends, fails, or the process is interrupted.
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, wait = WAIT_MS): Promise<T> {
  const lock = lockPath(path);
  const mine: LockInfo = { pid: process.pid, host: hostname(), at: Date.now(), token: randomBytes(8).toString("hex") };
  const deadline = Date.now() + wait;
  let delay = 10;
  for (;;) {
    mine.at = Date.now();
    if (await tryCreate(lock, mine)) break;
    const held = await readLock(lock);
    if (held && isStale(held, Date.now())) {
      if (!(await breakStale(lock, held))) await sleep(5 + Math.random() * 10);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusy(held?.info);
    // Back off with jitter, so that many waiting edits do not retry in step.
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 200);
  }
  const release = () => {
    try {
      if ((JSON.parse(readFileSync(lock, "utf8")) as LockInfo).token === mine.token) unlinkSync(lock);
    } catch {
      // already gone
    }
  };
  const forget = onExit(release);
  try {
    return await work();
  } finally {
    release();
    forget();
  }
}
