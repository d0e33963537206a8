import { createHash, randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import * as fs from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import { DEFAULT_LANG, type Lang, messages } from "../i18n/index.js";
import { onExit } from "./exit-cleanup.js";
import { specialKind } from "./read-file.js";

/** The file operations a write uses; tests replace them to simulate a failure at each step. */
export interface WriteOps {
  stat: typeof fs.stat;
  /** Creates `path` (never an existing one), writes `data` and flushes it to the disk. */
  writeFile: (path: string, data: string | Uint8Array, options: { flag: "wx"; mode: number }) => Promise<void>;
  rename: typeof fs.rename;
  link: typeof fs.link;
  unlink: typeof fs.unlink;
}

async function writeAndSync(path: string, data: string | Uint8Array, options: { flag: "wx"; mode: number }) {
  const handle = await fs.open(path, options.flag, options.mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const realOps: WriteOps = {
  stat: fs.stat,
  writeFile: writeAndSync,
  rename: fs.rename,
  link: fs.link,
  unlink: fs.unlink,
};

/** This machine, in four hex digits: temporary files name the host and process that wrote them. */
const HOST = createHash("sha256").update(hostname()).digest("hex").slice(0, 4);
const TEMPORARY = /^\.mou-([0-9a-f]{4})-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * A temporary name beside the target. It is short and of fixed length, whatever the target's name, so
 * that a target whose name is near the file system's limit can still be written.
 */
const temporaryName = (folder: string) =>
  join(folder, `.mou-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Removes the temporary files that a mou killed outright (SIGKILL, power loss) left in `folder`. */
export async function sweepTemporaries(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (m && m[1] === HOST && Number(m[2]) !== process.pid && !alive(Number(m[2])))
      await fs.unlink(join(folder, name)).catch(() => undefined);
  }
}

export interface WriteOptions {
  /** Replace an existing file (`--force` for outputs; always for edits). */
  overwrite: boolean;
  /** Keep the replaced file's mode, owner and group (edits); outputs get the default mode. */
  keep?: Stats;
  lang?: Lang;
}

/** The path a write goes to: a symbolic link is followed, so the link stays and its target is written. */
export async function writeTarget(path: string, lang: Lang = DEFAULT_LANG): Promise<{ path: string; stats?: Stats }> {
  const t = messages(lang).access;
  let real = path;
  try {
    real = await fs.realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new UsageError(t.cannotWrite({ path, reason: t.unreadable({ kind: "error", code }) }));
    const link = await fs.lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink())
      throw new UsageError(t.cannotWrite({ path, reason: t.unreadable({ kind: "broken-link" }) }));
  }
  const stats = await fs.stat(real).catch(() => undefined);
  const kind = stats ? specialKind(stats) : undefined;
  if (kind) throw new UsageError(t.notReplaced({ path, reason: t.unreadable({ kind }) }));
  return stats ? { path: real, stats } : { path: real };
}

/**
 * Writes a file so that readers only ever see the old state or the complete new one: the bytes go to a
 * temporary file in the same folder, flushed to the disk, which is then renamed over the target (or, when
 * overwriting is not allowed, hard-linked to it, which fails if the target exists). Only a regular file
 * is ever replaced — never a device, a named pipe or a folder, not even with --force — and a symbolic link
 * is written through. The temporary file never survives: not a failure, not Ctrl-C, not SIGTERM.
 */
export async function writeFileAtomic(
  requested: string,
  data: string | Uint8Array,
  options: WriteOptions,
  ops: WriteOps = realOps,
): Promise<void> {
  const lang = options.lang ?? DEFAULT_LANG;
  const t = messages(lang).access;
  const folder = dirname(requested);
  const info = await ops.stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(t.noFolder({ path: requested, folder }));
  const { path, stats } = await writeTarget(requested, lang);
  if (!options.overwrite && stats) throw new UsageError(t.exists({ path: requested }));
  const keep = options.keep;
  const temp = temporaryName(dirname(path));
  const forget = onExit(() => fs.unlink(temp).catch(() => undefined));
  try {
    // Private until it is complete; then the replaced file's mode, and its owner and group where allowed.
    await ops.writeFile(temp, data, { flag: "wx", mode: keep ? 0o600 : 0o666 });
    if (keep) {
      await fs.chown(temp, keep.uid, keep.gid).catch(() => fs.chown(temp, -1, keep.gid).catch(() => undefined));
      await fs.chmod(temp, keep.mode & 0o7777);
    }
    if (options.overwrite) {
      await ops.rename(temp, path);
    } else {
      await ops.link(temp, path).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "EEXIST" ? new UsageError(t.exists({ path: requested })) : error;
      });
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(t.cannotWrite({ path: requested, reason: t.unreadable({ kind: "error", code }) }));
  } finally {
    await ops.unlink(temp).catch(() => undefined);
    forget();
  }
  // Make the rename itself durable; a folder that cannot be flushed (some file systems) is no failure.
  const dir = await fs.open(dirname(path), "r").catch(() => undefined);
  await dir?.sync().catch(() => undefined);
  await dir?.close();
}

/** A short name for `basename(path)` derived files (locks), whatever the length of the name. */
export const shortId = (path: string) => createHash("sha256").update(basename(path)).digest("hex").slice(0, 16);
