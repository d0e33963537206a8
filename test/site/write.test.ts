import { execFileSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { messages } from "../../src/i18n/index.js";
import { runExitCleanups } from "../../src/load/exit-cleanup.js";
import { MARKER, writeAll, writeSite } from "../../src/site/write.js";
import { foldersRemovedAfterEach } from "../helpers.js";

const texts = messages("en").site.errors;
const site = (n: string) =>
  new Map<string, string>([
    ["index.html", `page ${n}`],
    ["agreements/a.html", `a ${n}`],
    [MARKER, JSON.stringify({ generator: "mou site" })],
  ]);

const folder = foldersRemovedAfterEach();
const write = (target: string, files: Map<string, string>, options: { force?: boolean; protect?: string[] } = {}) =>
  writeSite(target, (folder, previous) => writeAll(folder, files, previous), {
    force: options.force ?? false,
    protect: options.protect ?? [],
    shown: "out",
    texts,
  });

describe("writing a site", () => {
  it("creates the folder, and its parents, with every file", async () => {
    const dir = folder();
    await write(join(dir, "public", "site"), site("1"));
    expect(readFileSync(join(dir, "public", "site", "agreements", "a.html"), "utf8")).toBe("a 1");
    expect(readdirSync(join(dir, "public"))).toEqual(["site"]);
  });

  it("replaces a site it wrote before, and an empty folder, leaving nothing beside them", async () => {
    const dir = folder({ "out/old-page.html": "old", [`out/${MARKER}`]: '{"generator":"mou site"}' });
    await write(join(dir, "out"), site("2"));
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["agreements", "index.html", MARKER].sort());
    mkdirSync(join(dir, "empty"));
    await write(join(dir, "empty"), site("3"));
    expect(readFileSync(join(dir, "empty", "index.html"), "utf8")).toBe("page 3");
    expect(readdirSync(dir).sort()).toEqual(["empty", "out"]);
  });

  it("refuses a folder that holds other things, or a file, unless forced", async () => {
    const dir = folder({ "docs/readme.md": "mine", "file.txt": "mine", [`bad/${MARKER}`]: "not json" });
    await expect(write(join(dir, "docs"), site("1"))).rejects.toThrow(
      "out is a folder that mou did not write and it is not empty",
    );
    await expect(write(join(dir, "bad"), site("1"))).rejects.toBeInstanceOf(UsageError);
    await expect(write(join(dir, "file.txt"), site("1"))).rejects.toThrow("out exists and is not a folder");
    expect(readFileSync(join(dir, "docs", "readme.md"), "utf8")).toBe("mine");
    await write(join(dir, "docs"), site("4"), { force: true });
    expect(readdirSync(join(dir, "docs")).sort()).toEqual(["agreements", "index.html", MARKER].sort());
    await write(join(dir, "file.txt"), site("5"), { force: true });
    expect(readFileSync(join(dir, "file.txt", "index.html"), "utf8")).toBe("page 5");
  });

  it("replaces a symbolic link only when forced, and never what it points to", async () => {
    const dir = folder({ "real/keep.txt": "keep" });
    symlinkSync(join(dir, "real"), join(dir, "link"));
    await expect(write(join(dir, "link"), site("1"))).rejects.toBeInstanceOf(UsageError);
    await write(join(dir, "link"), site("1"), { force: true });
    expect(readFileSync(join(dir, "real", "keep.txt"), "utf8")).toBe("keep");
    expect(readFileSync(join(dir, "link", "index.html"), "utf8")).toBe("page 1");
  });

  it("writes through a symbolic link to a site it wrote, so that the link keeps leading to the site", async () => {
    const dir = folder();
    await write(join(dir, "www", "mou"), site("1"));
    symlinkSync(join(dir, "www", "mou"), join(dir, "published"));
    await write(join(dir, "published"), site("2"));
    expect(lstatSync(join(dir, "published")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "www", "mou", "index.html"), "utf8")).toBe("page 2");
    expect(readdirSync(join(dir, "www"))).toEqual(["mou"]);
  });

  it("never replaces the working folder, the agreements or a folder holding them, even when forced", async () => {
    const dir = folder({ "agreements/a.yaml": "id: a" });
    for (const target of [dir, join(dir, "agreements"), join(dir, "..")])
      await expect(write(target, site("1"), { force: true, protect: [dir, join(dir, "agreements")] })).rejects.toThrow(
        "holds the working folder or the agreements",
      );
    expect(existsSync(join(dir, "agreements", "a.yaml"))).toBe(true);
  });

  it("gives the new site the old folder's permissions and group, so that a shared folder stays shared", async () => {
    const dir = folder();
    const target = join(dir, "shared");
    await write(target, site("1"));
    chmodSync(target, 0o2775);
    const group = process.getuid?.() === 0 ? 65534 : statSync(target).gid;
    chownSync(target, -1, group);
    chmodSync(target, 0o2775);
    await write(target, site("2"));
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("page 2");
    expect(statSync(target).mode & 0o7777).toBe(0o2775);
    expect(statSync(target).gid).toBe(group);
    // Folders made inside follow the setgid folder's group.
    expect(statSync(join(target, "agreements")).gid).toBe(group);
  });

  it("follows symbolic links before deciding, so that no link leads --force to the agreements", async () => {
    const dir = folder({ "work/agreements/a.yaml": "id: a" });
    const work = join(dir, "work");
    symlinkSync(join(work, "agreements"), join(dir, "linked"));
    symlinkSync(".", join(work, "here"));
    symlinkSync("..", join(work, "up"));
    const refused = [
      // The agreements given through a link, the target written plainly.
      [join(work, "agreements"), [work, join(dir, "linked")]],
      // The target reached through a link to the working folder, or to its parent.
      [join(work, "here", "agreements"), [work, join(work, "agreements")]],
      [join(work, "up", "work"), [work, join(work, "agreements")]],
    ] as const;
    for (const [target, protect] of refused)
      await expect(write(target, site("1"), { force: true, protect: [...protect] })).rejects.toThrow(
        "holds the working folder or the agreements",
      );
    expect(readFileSync(join(work, "agreements", "a.yaml"), "utf8")).toBe("id: a");
    expect(readdirSync(dir).sort()).toEqual(["linked", "work"]);
  });

  it("leaves the old site whole and no temporary folder when a write fails", async () => {
    const dir = folder();
    await write(join(dir, "out"), site("1"));
    const broken = new Map([...site("2"), ["../escape.html", "x"]]);
    await expect(write(join(dir, "out"), broken)).rejects.toThrow("unsafe site path");
    expect(readFileSync(join(dir, "out", "index.html"), "utf8")).toBe("page 1");
    expect(readdirSync(dir)).toEqual(["out"]);
    // A file and a folder of the same name: one of the two writes fails, whichever comes second.
    const clash = new Map([...site("3"), ["agreements", "a file"]]);
    await expect(write(join(dir, "out"), clash)).rejects.toThrow("cannot write the site to out");
    expect(readFileSync(join(dir, "out", "index.html"), "utf8")).toBe("page 1");
    expect(readdirSync(dir)).toEqual(["out"]);
    writeFileSync(join(dir, "blocker"), "a file where the parent folder should be");
    await expect(write(join(dir, "blocker", "out"), site("3"))).rejects.toThrow("cannot write the site to out");
  });

  it("takes over the previous site's unchanged files and writes the changed ones afresh", async () => {
    const dir = folder();
    const out = join(dir, "out");
    await write(out, site("1"));
    const before = statSync(join(out, "index.html"));
    const next = new Map([...site("1"), ["agreements/a.html", "a changed"]]);
    await write(out, next);
    // The same file under the new site's name; the changed page is a new file.
    expect(statSync(join(out, "index.html")).ino).toBe(before.ino);
    expect(readFileSync(join(out, "agreements", "a.html"), "utf8")).toBe("a changed");
    expect(statSync(join(out, "agreements", "a.html")).nlink).toBe(1);
    expect(statSync(join(out, "index.html")).nlink).toBe(1);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("takes over only regular files of a previous site, never from a folder it did not write", async () => {
    const dir = folder({ "secret.txt": "page 1", "other/index.html": "page 1" });
    const out = join(dir, "out");
    await write(out, site("0"));
    // A link and a named pipe planted where pages will go, holding (or leading to) the very bytes.
    execFileSync("rm", [join(out, "index.html"), join(out, "agreements", "a.html")]);
    symlinkSync(join(dir, "secret.txt"), join(out, "index.html"));
    execFileSync("mkfifo", [join(out, "agreements", "a.html")]);
    await write(out, site("1"));
    expect(lstatSync(join(out, "index.html")).isFile()).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("page 1");
    expect(statSync(join(dir, "secret.txt")).nlink).toBe(1);
    expect(readFileSync(join(out, "agreements", "a.html"), "utf8")).toBe("a 1");
    // A folder replaced with --force is not a site: its files are never taken over.
    const theirs = statSync(join(dir, "other", "index.html")).ino;
    await write(join(dir, "other"), site("1"), { force: true });
    expect(statSync(join(dir, "other", "index.html")).ino).not.toBe(theirs);
  });
});

describe("a site stopped half-way", () => {
  // What src/main.ts does on Ctrl-C: run the exit cleanups. Here they run while the new folder is being filled.
  it("stops what writes into the new folder, then removes it, and leaves the old site whole", async () => {
    const dir = folder();
    const target = join(dir, "site");
    await write(target, site("1"));
    const steps: string[] = [];
    const run = writeSite(
      target,
      async (into, _previous, beforeRemoval) => {
        beforeRemoval(async () => {
          steps.push(`stopped while ${readdirSync(dir).length} entries stood`);
        });
        writeAll(into, site("2"));
        await runExitCleanups();
        steps.push(existsSync(into) ? "still there" : "removed");
        throw new Error("stopped");
      },
      { force: false, protect: [], shown: "out", texts },
    );
    await expect(run).rejects.toThrow();
    expect(steps).toEqual(["stopped while 2 entries stood", "removed"]);
    expect(readdirSync(dir)).toEqual(["site"]);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("page 1");
  });
});
