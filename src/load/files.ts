import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { UsageError } from "../errors.js";

const AGREEMENT_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDER = /(^|[\\/])(node_modules|\.[^\\/]+)$/;

/** How a path is shown to the user: relative to the working folder when inside it, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join("/");
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !AGREEMENT_FILE.test(entry.name)) continue;
    const parent = entry.parentPath ?? (entry as unknown as { path: string }).path;
    const rel = relative(folder, parent);
    if (rel !== "" && rel.split(sep).some((part) => SKIPPED_FOLDER.test(part))) continue;
    out.push(join(parent, entry.name));
  }
  return out;
}

/** The agreements folder of a listing command, which must be a folder. */
export async function agreementsFolder(dir: string, cwd: string): Promise<string[]> {
  const info = await stat(resolve(cwd, dir)).catch(() => undefined);
  if (info === undefined)
    throw new UsageError(`the agreements folder ${dir} does not exist (set it with --dir or in mou.config.yaml)`);
  if (!info.isDirectory())
    throw new UsageError(`${dir} is not a folder; --dir names the folder that holds the agreement files`);
  return findAgreementFiles([dir], cwd);
}

/**
 * The agreement files named by `paths` (files, folders searched recursively for *.yaml and *.yml, or
 * glob patterns), as absolute paths, sorted and without repeats. A path that matches nothing is a usage
 * error: a typo in CI must not pass as "no problems".
 */
export async function findAgreementFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matches = await glob(path, { cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**"] });
      if (matches.length === 0) throw new UsageError(`no file matches ${path}`);
      for (const m of matches) found.add(resolve(m));
      continue;
    }
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") throw new UsageError(`path not found: ${path}`);
      throw new UsageError(`cannot read ${path}: ${error.code ?? error.message}`);
    });
    if (info.isDirectory()) {
      const files = await filesUnder(absolute).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read the folder ${path}: ${error.code ?? error.message}`);
      });
      for (const f of files) found.add(f);
    } else {
      found.add(absolute);
    }
  }
  return [...found].sort();
}
