import type { Unreadable } from "../../load/read-file.js";

const codes: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENAMETOOLONG: "the name is too long",
  ENOENT: "it does not exist",
  ENOTDIR: "a part of the path is not a folder",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENOSPC: "the disk is full",
  EROFS: "the disk is read-only",
  EEXIST: "something else already stands at that name",
  ENOTEMPTY: "another program wrote there at the same time",
  EBUSY: "it is in use (a mount point cannot be replaced)",
  EXDEV: "it is on another disk",
};
const code = (c: string | undefined) => (c === undefined ? "unknown error" : (codes[c] ?? c));

/** Reading and writing files: what mou refuses to read or replace, and why. */
export const access = {
  /** Why a file or folder could not be written, from the system's error code. */
  reason: (p: { code: string | undefined }) => code(p.code),
  unreadable: (p: Unreadable): string => {
    switch (p.kind) {
      case "folder":
        return "it is a folder, not a file";
      case "fifo":
        return "it is a named pipe, not a regular file";
      case "device":
        return "it is a device, not a regular file";
      case "socket":
        return "it is a socket, not a regular file";
      case "other":
        return "it is not a regular file";
      case "loop":
        return "its symbolic links lead back to themselves";
      case "folder-loop":
        return "a symbolic link back to a folder that contains it; not searched again";
      case "broken-link":
        return "it is a symbolic link to something that does not exist";
      case "folder-unreadable":
        return `the folder cannot be read (${code(p.code)})`;
      default:
        return code(p.code);
    }
  },
  folderMissing: (p: { dir: string }) =>
    `the agreements folder ${p.dir} does not exist (set it with --dir or in mou.config.yaml)`,
  notAFolder: (p: { dir: string }) => `${p.dir} is not a folder; --dir names the folder that holds the agreement files`,
  noMatch: (p: { path: string }) => `no file matches ${p.path}`,
  pathNotFound: (p: { path: string }) => `path not found: ${p.path}`,
  noFolder: (p: { path: string; folder: string }) => `cannot write ${p.path}: the folder ${p.folder} does not exist`,
  exists: (p: { path: string }) => `${p.path} already exists; use --force to replace it`,
  template: (p: { path: string; reason: string }) => `cannot read the template ${p.path}: ${p.reason}`,
  noSuchFile: "no such file",
  configUnreadable: (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  configInvalid: (p: { file: string }) => `${p.file}: the configuration is not valid`,
  notUtf8: "it is not UTF-8 text",
  outputFailed: (p: { code: string }) => `cannot write the output (${p.code})`,
  cannotWrite: (p: { path: string; reason: string }) => `cannot write ${p.path}: ${p.reason}`,
  notReplaced: (p: { path: string; reason: string }) =>
    `${p.path} is not replaced: ${p.reason}; mou writes only regular files`,
  readOnly: (p: { file: string }) =>
    `not written: ${p.file} is read-only; make it writable, or use --force to edit it anyway`,
  otherOwner: (p: { file: string; owner: number }) =>
    `not written: ${p.file} belongs to another user (uid ${p.owner}), and the edited file would belong to ` +
    "you; edit it as its owner, or use --force",
  hardLinks: (p: { file: string; links: number }) =>
    `not written: ${p.file} has ${p.links} hard links, and an edit would change this one only; ` +
    "use --force to edit it anyway",
  busy: (p: { file: string; pid: number; seconds: number }) =>
    `not written: ${p.file} is being edited by another mou (process ${p.pid}, for ${p.seconds} s); ` +
    "run the command again",
};
