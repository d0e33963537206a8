import { statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Where the cache lives, as eslint and babel keep theirs: $MOU_CACHE_DIR when set; else
 * `node_modules/.cache/mou` when the folder mou runs in has a `node_modules`; else the user's cache folder
 * (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function cacheFolder(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (env.MOU_CACHE_DIR) return resolve(cwd, env.MOU_CACHE_DIR);
  try {
    if (statSync(join(cwd, "node_modules")).isDirectory()) return join(cwd, "node_modules", ".cache", "mou");
  } catch {
    // no node_modules here: the user's cache folder
  }
  const home = env.HOME || env.USERPROFILE || safeHome();
  if (platform === "win32") {
    const local = env.LOCALAPPDATA || (home ? join(home, "AppData", "Local") : undefined);
    return local ? join(local, "mou", "Cache") : undefined;
  }
  if (platform === "darwin") return home ? join(home, "Library", "Caches", "mou") : undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith("/")) return join(xdg, "mou");
  return home ? join(home, ".cache", "mou") : undefined;
}

function safeHome(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}
