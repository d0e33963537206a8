import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { lstat, mkdir, readdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import type { Catalogue } from "../i18n/index.js";
import { heedSignals, onExit } from "../load/exit-cleanup.js";
import { readRegularFile } from "../load/read-file.js";
import { linkIfSame } from "./reuse.js";

/** The file that marks a folder as a site mou wrote, so that writing it again may replace it. */
export const MARKER = "mou-site.json";

/** The site's files as paths from its root and their contents, in any order, each path once. */
export type SiteFiles = Iterable<readonly [string, string | Uint8Array]>;

type Texts = Catalogue["site"]["errors"];

/** Whether `inner` is `outer` or lies inside it. */
const within = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
};

/**
 * The path with every symbolic link on it followed, as far as it exists: `a/link/b` where `link` leads to
 * the agreements folder is the agreements folder's `b`, whatever the text of the path says.
 */
function followed(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch {
      const up = dirname(existing);
      if (up === existing) return resolve(path);
      rest.push(basename(existing));
      existing = up;
    }
  }
}

/**
 * Gives the new folder the old one's permissions and group, as far as this user may: a folder shared by an
 * office's group (group-writable, setgid so that new files join the group) stays shared once replaced.
 */
function keepAccess(old: string, folder: string): void {
  try {
    const info = statSync(old);
    if (!info.isDirectory()) return;
    chmodSync(folder, info.mode & 0o7777);
    if (statSync(folder).gid !== info.gid) chownSync(folder, -1, info.gid);
    // A group set after the mode may clear the setgid bit: set once more.
    chmodSync(folder, info.mode & 0o7777);
  } catch {
    // Not this user's group, or a file system without them: the folder keeps what it was made with.
  }
}

async function isPreviousSite(folder: string): Promise<boolean> {
  // Only a regular file, and a small one: a named pipe in its place would otherwise hang the command.
  let text: string | undefined;
  try {
    text = new TextDecoder().decode(readRegularFile(join(folder, MARKER), 64 * 1024));
  } catch {
    text = undefined;
  }
  if (text === undefined) return false;
  try {
    return (JSON.parse(text) as { generator?: unknown }).generator === "mou site";
  } catch {
    return false;
  }
}

/**
 * Where to write when the target is a symbolic link: through it, into the folder it leads to, when that is
 * a site mou wrote or an empty folder (a web server's folder published through a link stays the one
 * served); else the link itself, which only --force replaces, never what it leads to.
 */
async function throughLink(target: string, real: string): Promise<string> {
  const info = await lstat(target).catch(() => undefined);
  if (info === undefined || !info.isSymbolicLink() || real === target) return target;
  const led = await lstat(real).catch(() => undefined);
  if (led === undefined || !led.isDirectory()) return target;
  return (await isPreviousSite(real)) || (await readdir(real)).length === 0 ? real : target;
}

/** What stands at the target now: nothing, a site mou wrote, or something else that may be replaced. */
async function checkTarget(
  target: string,
  force: boolean,
  texts: Texts,
  shown: string,
): Promise<"none" | "site" | "other"> {
  const info = await lstat(target).catch(() => undefined);
  if (info === undefined) return "none";
  // A device, a named pipe or a socket is never replaced, not even with --force (as root, /dev/null).
  const special = info.isFIFO() || info.isSocket() || info.isCharacterDevice() || info.isBlockDevice();
  if (special) throw new UsageError(texts.notReplaced({ folder: shown }));
  if (info.isDirectory()) {
    if (await isPreviousSite(target)) return "site";
    if ((await readdir(target)).length === 0 || force) return "other";
    throw new UsageError(texts.notASite({ folder: shown }));
  }
  if (force) return "other";
  throw new UsageError(texts.notAFolder({ folder: shown }));
}

const SAFE_PATH = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*$/;

/**
 * Where each file goes in `folder`: the path checked to stay inside it, and its folder made once. Paths
 * come from our own page builder; this is the last guard that none leaves the folder.
 */
export function placer(folder: string): (path: string) => string {
  const made = new Set<string>(["."]);
  return (path) => {
    if (!SAFE_PATH.test(path) || path.split("/").includes("..")) throw new Error(`unsafe site path: ${path}`);
    const sub = dirname(path);
    if (!made.has(sub)) {
      mkdirSync(join(folder, sub), { recursive: true });
      made.add(sub);
    }
    return join(folder, path);
  };
}

/**
 * Writes the files into a folder of our own as they come, one synchronous write each. The folder is new
 * and nobody else's, so there is nothing to wait for: a site's two thousand small files cost one open,
 * write and close each, where handing each to libuv's threads as a promise cost several times more. The
 * pages arrive one at a time and are dropped once written, so a large portfolio never sits in memory
 * whole. `wx` refuses to write through anything already standing at a path (a link planted in the folder).
 * With `previous`, the site being replaced, a file whose bytes did not change is taken over from it.
 */
export function writeAll(folder: string, files: SiteFiles, previous?: string): void {
  const place = placer(folder);
  for (const [path, data] of files)
    writeOne(place(path), data, previous === undefined ? undefined : join(previous, path));
}

/** Writes one file at `target`, or takes over `previous` when its bytes are the same. */
export function writeOne(target: string, data: string | Uint8Array, previous: string | undefined): void {
  if (previous === undefined) writeFileSync(target, data, { flag: "wx" });
  else {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    if (!linkIfSame(previous, target, bytes)) writeFileSync(target, bytes, { flag: "wx" });
  }
}

/** A failure of `fill` that is not one of writing the site (reading the agreements): thrown on as it is. */
export class NotWriting {
  constructor(readonly error: unknown) {}
}

/**
 * Writes the whole site or nothing: `fill` writes the files into a new folder beside the target, which takes the
 * target's place by a rename, so a reader (or a web server) sees the old site or the new one, never a
 * half-written one. An existing folder is replaced only when it is empty, was written by `mou site`, or
 * `force` is given; the working folder, the agreements folder and any folder holding them never are.
 * `fill` is told where the previous site is, when the target is one, to take over the files that did not
 * change (see `linkIfSame`); it never writes there. Stopped half-way (Ctrl-C), the new folder is removed
 * and the old site stays; `fill` may say what must stop first (a thread writing into the folder).
 */
export async function writeSite(
  target: string,
  fill: (
    folder: string,
    previous: string | undefined,
    beforeRemoval: (stop: () => Promise<void>) => void,
  ) => void | Promise<void>,
  options: {
    force: boolean;
    protect: readonly string[];
    shown: string;
    texts: Texts;
    /** Why the system refused, in words, from its error code; the code itself without it. */
    why?: (code: string) => string;
  },
): Promise<void> {
  const { texts, shown } = options;
  const why = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return options.why !== undefined && code !== undefined ? options.why(code) : (code ?? String(error));
  };
  // Compared as written and with links followed: a link must not lead --force to the agreements.
  const written = resolve(target);
  const real = followed(written);
  if (options.protect.some((p) => within(resolve(p), written) || within(followed(p), real)))
    throw new UsageError(texts.wouldReplaceSource({ folder: shown }));
  const absolute = await throughLink(written, real);
  const standing = await checkTarget(absolute, options.force, texts, shown);
  const parent = dirname(absolute);
  await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(texts.cannotWrite({ folder: shown, reason: why(error) }));
  });
  const tag = `${process.pid}.${randomBytes(4).toString("hex")}`;
  const temp = join(parent, `.${basename(absolute)}.${tag}.tmp`);
  const old = join(parent, `.${basename(absolute)}.${tag}.old`);
  const stops: (() => Promise<void>)[] = [];
  const removeAll = () => {
    // The folders are ours; one that cannot be removed (a disk turned read-only) must not hide why the
    // site could not be written.
    for (const folder of [temp, old])
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {}
  };
  const forget = onExit(async () => {
    for (const stop of stops) await stop().catch(() => undefined);
    removeAll();
  });
  try {
    await mkdir(temp);
    if (standing !== "none") keepAccess(absolute, temp);
    await fill(temp, standing === "site" ? absolute : undefined, (stop) => stops.push(stop));
    // A signal that came while the pages were made stops the site here, before it takes the old one's place.
    await heedSignals();
    // The swap is synchronous: no signal can be handled between its two renames, so the target always
    // holds the old site or the new one.
    if (standing !== "none") {
      renameSync(absolute, old);
      try {
        renameSync(temp, absolute);
      } catch (error) {
        try {
          renameSync(old, absolute);
        } catch {}
        throw error;
      }
    } else {
      renameSync(temp, absolute);
    }
  } catch (error) {
    if (error instanceof NotWriting) throw error.error;
    if (error instanceof UsageError) throw error;
    throw new UsageError(texts.cannotWrite({ folder: shown, reason: why(error) }));
  } finally {
    // Synchronous: the promise version walks the tree with a round trip through libuv for every file.
    removeAll();
    forget();
  }
}
