import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { UsageError } from "../errors.js";
import { DEFAULT_LANG, type Lang, messages } from "../i18n/index.js";
import { reasonOf, specialKind, type Unreadable } from "./read-file.js";

const AGREEMENT_FILE = /\.ya?ml$/i;
/** Folders never searched: hidden ones (.git, .github) and node_modules. */
const SKIPPED_FOLDER = /^(node_modules|\..+)$/;

/** A path that was found but cannot be read as an agreement file: reported, never skipped in silence. */
export interface PathProblem {
  path: string;
  reason: Unreadable;
}

/** The agreement files named by the arguments, and what was found that cannot be read. */
export interface FoundFiles {
  /** Absolute paths, sorted, without repeats. */
  files: string[];
  problems: PathProblem[];
}

/** How a path is shown to the user: relative to the working folder when inside it, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join("/");
}

const identity = (s: Stats) => `${s.dev}:${s.ino}`;

interface Walk {
  /** Whether a file (or anything else not a folder) at this path is wanted. */
  accept: (path: string, name: string) => boolean;
  /** How many folder levels below the root to search. */
  depth: number;
}

/**
 * Every wanted file under `root`. Symbolic links are followed, to files and to folders alike; each real
 * folder is searched once, and a link back to a folder that contains it is reported as a loop. A folder
 * that cannot be read, a folder or a named pipe with an agreement file's name, a dangling link: each is
 * reported, and the search goes on.
 */
async function walk(root: string, rootStats: Stats, options: Walk, out: FoundFiles): Promise<void> {
  const visited = new Set<string>([identity(rootStats)]);
  const stack: { dir: string; level: number; ancestors: string[] }[] = [
    { dir: root, level: 0, ancestors: [identity(rootStats)] },
  ];
  while (stack.length > 0) {
    const { dir, level, ancestors } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      out.problems.push({ path: dir, reason: { ...reasonOf(error, dir), kind: "folder-unreadable" } });
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let stats: Stats | undefined;
      if (entry.isSymbolicLink() || entry.isDirectory()) {
        try {
          stats = await stat(path);
        } catch (error) {
          if (options.accept(path, entry.name)) out.problems.push({ path, reason: reasonOf(error, path) });
          continue;
        }
      }
      const isFolder = stats?.isDirectory() ?? false;
      if (!isFolder) {
        if (!options.accept(path, entry.name)) continue;
        const kind = entry.isFile() ? undefined : stats ? specialKind(stats) : direntKind(entry);
        if (kind === undefined) out.files.push(path);
        else out.problems.push({ path, reason: { kind } });
        continue;
      }
      if (SKIPPED_FOLDER.test(entry.name)) continue;
      if (AGREEMENT_FILE.test(entry.name)) {
        out.problems.push({ path, reason: { kind: "folder" } });
        continue;
      }
      const id = identity(stats!);
      if (ancestors.includes(id)) out.problems.push({ path, reason: { kind: "folder-loop" } });
      else if (!visited.has(id) && level < options.depth) {
        visited.add(id);
        stack.push({ dir: path, level: level + 1, ancestors: [...ancestors, id] });
      }
    }
  }
}

function direntKind(entry: Dirent): Unreadable["kind"] {
  if (entry.isFIFO()) return "fifo";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "device";
  if (entry.isSocket()) return "socket";
  return "other";
}

/** The agreements folder of a listing command, which must be a folder. */
export async function agreementsFolder(dir: string, cwd: string, lang: Lang = DEFAULT_LANG): Promise<FoundFiles> {
  const info = await stat(resolve(cwd, dir)).catch(() => undefined);
  if (info === undefined) throw new UsageError(messages(lang).access.folderMissing({ dir }));
  if (!info.isDirectory()) throw new UsageError(messages(lang).access.notAFolder({ dir }));
  return findAgreementFiles([dir], cwd, lang);
}

/** A glob pattern's folder and a matcher for the paths below it. */
function globWalk(pattern: string, cwd: string): { root: string; walk: Walk } {
  const { base, glob } = picomatch.scan(pattern);
  const root = resolve(cwd, base);
  const matches = picomatch(glob);
  const depth = glob.includes("**") ? Number.POSITIVE_INFINITY : glob.split("/").length - 1;
  return { root, walk: { accept: (path) => matches(relative(root, path).split(sep).join("/")), depth } };
}

/**
 * The agreement files named by `paths` (files, folders searched recursively for *.yaml and *.yml, or
 * glob patterns), as absolute paths, sorted and without repeats, with what could not be read. A path that
 * matches nothing is a usage error: a typo in CI must not pass as "no problems".
 */
export async function findAgreementFiles(
  paths: readonly string[],
  cwd: string,
  lang: Lang = DEFAULT_LANG,
): Promise<FoundFiles> {
  const t = messages(lang).access;
  const files = new Set<string>();
  const problems = new Map<string, PathProblem>();
  for (const path of paths) {
    const out: FoundFiles = { files: [], problems: [] };
    const isGlob = picomatch.scan(path).isGlob;
    const { root, walk: options } = isGlob
      ? globWalk(path, cwd)
      : {
          root: resolve(cwd, path),
          walk: { accept: (_: string, name: string) => AGREEMENT_FILE.test(name), depth: Number.POSITIVE_INFINITY },
        };
    let info: Stats | undefined;
    try {
      info = await stat(root);
    } catch (error) {
      const reason = reasonOf(error, root);
      const code = (error as NodeJS.ErrnoException).code;
      if (isGlob || code === "ENOENT" || code === "ENOTDIR") {
        if (reason.kind === "error") throw new UsageError(isGlob ? t.noMatch({ path }) : t.pathNotFound({ path }));
      }
      out.problems.push({ path: root, reason });
    }
    if (info?.isDirectory()) await walk(root, info, options, out);
    else if (info && !isGlob) {
      // Named on the command line: a named pipe or a device is refused here, before anything opens it.
      const kind = specialKind(info);
      if (kind === undefined) out.files.push(root);
      else out.problems.push({ path: root, reason: { kind } });
    }
    if (isGlob && out.files.length === 0 && out.problems.length === 0) throw new UsageError(t.noMatch({ path }));
    for (const f of out.files) files.add(f);
    for (const p of out.problems) problems.set(p.path, p);
  }
  return {
    files: [...files].sort(),
    problems: [...problems.values()].filter((p) => !files.has(p.path)).sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}
