import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";

/**
 * Writes a file so that readers only ever see the old state or the complete new one: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target (or, when overwriting is not
 * allowed, hard-linked to it, which fails if the target exists). The temporary file never survives.
 */
/** The file operations a write uses; tests replace them to simulate a failure at each step. */
export interface WriteOps {
  stat: typeof fs.stat;
  writeFile: typeof fs.writeFile;
  rename: typeof fs.rename;
  link: typeof fs.link;
  unlink: typeof fs.unlink;
}

const realOps: WriteOps = {
  stat: fs.stat,
  writeFile: fs.writeFile,
  rename: fs.rename,
  link: fs.link,
  unlink: fs.unlink,
};

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { overwrite: boolean; mode?: number },
  ops: WriteOps = realOps,
): Promise<void> {
  const { stat, writeFile, rename, link, unlink } = ops;
  const folder = dirname(path);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`cannot write ${path}: the folder ${folder} does not exist`);
  if (!options.overwrite && (await stat(path).catch(() => undefined)))
    throw new UsageError(`${path} already exists; use --force to replace it`);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, data, { flag: "wx", ...(options.mode !== undefined ? { mode: options.mode } : {}) });
    if (options.overwrite) {
      await rename(temp, path);
    } else {
      await link(temp, path).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "EEXIST" ? new UsageError(`${path} already exists; use --force to replace it`) : error;
      });
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
