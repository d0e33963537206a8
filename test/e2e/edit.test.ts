import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Context } from "../../src/context.js";
import { applyEdit } from "../../src/edit/apply.js";
import { setCommitment } from "../../src/edit/edits.js";
import { type WriteOps, writeFileAtomic } from "../../src/load/write.js";
import { root, runMou, tempFolder } from "../helpers.js";

const commented = readFileSync(join(root, "test", "fixtures", "edit", "commented.yaml"), "utf8");
const folder = () => tempFolder({ "agreements/commented.yaml": commented.replace("../../../schemas", "../schemas") });
const file = (dir: string) => join(dir, "agreements", "commented.yaml");

describe("mou review add / commitment set", () => {
  it("records a review that `mou due` then sees, printing the change as a diff", () => {
    const { dir, cleanup } = folder();
    try {
      expect(
        JSON.parse(runMou(["due", "--format", "json", "--as-of", "2022-06-01"], { cwd: dir }).stdout).reviews[0],
      ).toMatchObject({ number: 1, due: "2022-03-15", state: "overdue" });
      const run = runMou(
        ["review", "add", "commented", "--date", "2022-03-20", "--summary", "Kỳ 1", "--as-of", "2022-06-01"],
        { cwd: dir },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("--- agreements/commented.yaml\n+++ agreements/commented.yaml\n");
      expect(run.stdout).toContain("\n+  - date: 2022-03-20\n+    summary: Kỳ 1\n");
      expect(
        JSON.parse(runMou(["due", "--format", "json", "--as-of", "2022-06-01"], { cwd: dir }).stdout).reviews[0],
      ).toMatchObject({ number: 2, due: "2023-03-15", state: "scheduled" });
    } finally {
      cleanup();
    }
  });

  it("changes one line for a status and keeps the file's mode", () => {
    const { dir, cleanup } = folder();
    try {
      chmodSync(file(dir), 0o640);
      const before = readFileSync(file(dir), "utf8").split("\n");
      expect(runMou(["commitment", "set", "commented", "1", "--status", "done"], { cwd: dir }).status).toBe(0);
      const after = readFileSync(file(dir), "utf8").split("\n");
      expect(after).toHaveLength(before.length);
      expect(after.filter((line, i) => line !== before[i])).toEqual([
        '    status: "done"     # double-quoted, spaced comment',
      ]);
      expect(statSync(file(dir)).mode & 0o777).toBe(0o640);
      expect(readdirSync(join(dir, "agreements"))).toEqual(["commented.yaml"]);
    } finally {
      cleanup();
    }
  });

  it("writes nothing with --dry-run", () => {
    const { dir, cleanup } = folder();
    try {
      const run = runMou(["commitment", "set", "commented", "2", "--status", "stalled", "--dry-run"], { cwd: dir });
      expect(run.stdout).toContain("+    status: stalled");
      expect(readFileSync(file(dir), "utf8")).toBe(commented.replace("../../../schemas", "../schemas"));
    } finally {
      cleanup();
    }
  });

  it("refuses an edit whose result would be invalid, exit 1, file byte-identical", () => {
    const { dir, cleanup } = folder();
    try {
      const before = readFileSync(file(dir));
      const early = runMou(
        ["review", "add", "commented", "--date", "2021-01-01", "--lang", "en", "--as-of", "2022-06-01"],
        { cwd: dir },
      );
      expect(early.status).toBe(1);
      expect(early.stderr).toBe(
        "agreements/commented.yaml:17:11  error  the review of 2021-01-01 is before the agreement took effect on " +
          "2021-03-15  rule/review-before-effective\nmou: not written: the result would be invalid\n",
      );
      const future = runMou(["review", "add", "commented", "--date", "2030-01-01", "--as-of", "2022-06-01"], {
        cwd: dir,
      });
      expect(future.status).toBe(1);
      expect(readFileSync(file(dir)).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("refuses unknown ids and bad values with exit 2, file byte-identical", () => {
    const { dir, cleanup } = folder();
    try {
      const before = readFileSync(file(dir));
      expect(runMou(["commitment", "set", "commented", "9", "--status", "done"], { cwd: dir })).toMatchObject({
        status: 2,
        stderr: "mou: agreements/commented.yaml: không có nội dung số “9” (các nội dung hiện có: 1, 2, 3)\n",
      });
      expect(
        runMou(["commitment", "set", "commentd", "1", "--status", "done", "--lang", "en"], { cwd: dir }).stderr,
      ).toBe("mou: no agreement “commentd”; did you mean “commented”?\n");
      expect(runMou(["commitment", "set", "commented", "1", "--status", "finished-ish"], { cwd: dir }).status).toBe(2);
      expect(runMou(["commitment", "set", "commented", "1"], { cwd: dir })).toMatchObject({
        status: 2,
        stderr: "mou: không có gì để thay đổi: cần ghi --status, --due, --note hoặc --actual\n",
      });
      expect(runMou(["review", "add", "commented", "--date", "2022-02-30"], { cwd: dir }).status).toBe(2);
      expect(runMou(["review", "add", "commented", "--date", "2022-03-20", "--covers", "0"], { cwd: dir }).status).toBe(
        2,
      );
      expect(runMou(["review", "add", "commented"], { cwd: dir }).status).toBe(2);
      expect(readFileSync(file(dir)).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("keeps a UTF-8 byte order mark and CRLF line ends", () => {
    const { dir, cleanup } = tempFolder({ "agreements/commented.yaml": `\uFEFF${commented.replace(/\n/g, "\r\n")}` });
    try {
      expect(
        runMou(["commitment", "set", "commented", "2", "--status", "done", "--note", "Xong", "--as-of", "2023-01-01"], {
          cwd: dir,
        }).status,
      ).toBe(0);
      const after = readFileSync(file(dir), "utf8");
      expect(after.startsWith("\uFEFF")).toBe(true);
      expect(after.replace(/\r\n/g, "")).not.toContain("\n");
      expect(after).toContain("    status: done\r\n    history:\r\n      - date: 2023-01-01\r\n");
    } finally {
      cleanup();
    }
  });
});

const context = (dir: string): Context => ({
  cwd: dir,
  config: {},
  asOf: "2023-01-01",
  lang: "en",
  dir: "agreements",
  timeZone: "Asia/Ho_Chi_Minh",
  now: Date.UTC(2023, 0, 1, 3),
  notices: [],
  chalk: new Chalk({ level: 0 }),
  tty: false,
});

describe("edits are safe", () => {
  it("refuses when the file changed on disk while it was being edited", async () => {
    const { dir, cleanup } = folder();
    try {
      const result = await applyEdit(
        {
          file: "agreements/commented.yaml",
          dryRun: false,
          change: (text) => {
            writeFileSync(file(dir), `${text}# someone else's edit\n`);
            return setCommitment(text, "1", { status: "done" });
          },
        },
        context(dir),
      );
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe(
        "mou: not written: agreements/commented.yaml changed on disk while it was being " +
          "edited; run the command again\n",
      );
      expect(readFileSync(file(dir), "utf8")).toMatch(/# someone else's edit\n$/);
    } finally {
      cleanup();
    }
  });

  it.each(["writeFile", "rename", "link"] as const)(
    "leaves the original or nothing, and no temporary file, when %s fails",
    async (step) => {
      const { dir, cleanup } = tempFolder({ "old.txt": "old content\n" });
      try {
        const failing: WriteOps = {
          stat: fs.stat,
          unlink: fs.unlink,
          writeFile:
            step === "writeFile"
              ? ((async (path: string, data: string) => {
                  await fs.writeFile(path, data.slice(0, 3)); // a partial write, then the crash
                  throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
                }) as unknown as typeof fs.writeFile)
              : fs.writeFile,
          rename:
            step === "rename"
              ? async () => Promise.reject(Object.assign(new Error("crash"), { code: "EIO" }))
              : fs.rename,
          link:
            step === "link" ? async () => Promise.reject(Object.assign(new Error("crash"), { code: "EIO" })) : fs.link,
        };
        const target = step === "link" ? join(dir, "new.txt") : join(dir, "old.txt");
        await expect(
          writeFileAtomic(target, "new content\n", { overwrite: step !== "link", lang: "en" }, failing),
        ).rejects.toThrow(/cannot write/);
        expect(readdirSync(dir)).toEqual(["old.txt"]);
        expect(readFileSync(join(dir, "old.txt"), "utf8")).toBe("old content\n");
      } finally {
        cleanup();
      }
    },
  );
});

describe("mou new", () => {
  it("writes a valid, commented skeleton, and never overwrites", () => {
    const { dir, cleanup } = tempFolder({ "schemas/agreement.schema.json": "{}" });
    try {
      const args = [
        "new",
        "ha-tinh-quang-binh-2024",
        "--title",
        "Chương trình hợp tác: thử",
        "--signed",
        "2024-03-01",
        "--party",
        "ha-tinh:Tỉnh Hà Tĩnh",
        "--party",
        "quang-binh:Tỉnh Quảng Bình",
        "--every",
        "P1Y",
        "--kind",
        "cooperation-programme",
      ];
      expect(runMou(args, { cwd: dir })).toEqual({
        stdout: "agreements/ha-tinh-quang-binh-2024.yaml\n",
        stderr: "",
        status: 0,
      });
      const text = readFileSync(join(dir, "agreements", "ha-tinh-quang-binh-2024.yaml"), "utf8");
      expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/agreement\.schema\.json$/);
      expect(text).toContain('  vi: "Chương trình hợp tác: thử"\n');
      expect(text).toContain("    name: Tỉnh Hà Tĩnh\n    type: province #");
      expect(runMou(["validate", "--as-of", "2024-03-01"], { cwd: dir })).toMatchObject({ status: 0 });
      expect(runMou(["due", "--format", "json", "--as-of", "2024-03-01"], { cwd: dir }).stdout).toContain(
        '"due": "2025-03-01"',
      );
      expect(runMou(args, { cwd: dir })).toMatchObject({
        status: 2,
        stderr: "mou: agreements/ha-tinh-quang-binh-2024.yaml đã có; mou new không bao giờ ghi đè tệp\n",
      });
    } finally {
      cleanup();
    }
  });

  it("refuses bad ids, parties and dates with exit 2", () => {
    const { dir, cleanup } = tempFolder({});
    try {
      expect(
        runMou(["new", "../evil", "--title", "T", "--signed", "2024-03-01", "--party", "a:A"], { cwd: dir }).status,
      ).toBe(2);
      expect(runMou(["new", "ok", "--title", "T", "--signed", "2024-03-01", "--lang", "en"], { cwd: dir }).stderr).toBe(
        'mou: give at least one party: --party "nghe-an:Tỉnh Nghệ An"\n',
      );
      // Free text as an id: the slug it means is suggested, diacritics folded and đ as d.
      expect(runMou(["new", "Đà Nẵng 2024", "--title", "T", "--party", "a:Tỉnh A"], { cwd: dir }).stderr).toMatch(
        /, ví dụ da-nang-2024\n$/,
      );
      // A party whose name does not say what it is must say it: id:name:type.
      expect(runMou(["new", "ok", "--title", "T", "--party", "jica:Cơ quan JICA"], { cwd: dir })).toMatchObject({
        status: 2,
        stderr: expect.stringContaining("mã:tên:loại"),
      });
      expect(
        runMou(["new", "ok", "--title", "T", "--signed", "2024-13-01", "--party", "a:A"], { cwd: dir }).status,
      ).toBe(2);
      expect(runMou(["new", "ok", "--title", "T", "--signed", "2024-03-01", "--party", "A"], { cwd: dir }).status).toBe(
        2,
      );
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it("makes a draft when the agreement is not signed yet", () => {
    const { dir, cleanup } = tempFolder({});
    try {
      const args = ["new", "ha-tinh-koica", "--title", "Dự án với KOICA", "--kind", "project"];
      const parties = ["--party", "ha-tinh:UBND tỉnh Hà Tĩnh", "--party", "koica:Cơ quan KOICA:foreign-agency"];
      expect(runMou([...args, ...parties], { cwd: dir })).toMatchObject({ status: 0, stderr: "" });
      const text = readFileSync(join(dir, "agreements", "ha-tinh-koica.yaml"), "utf8");
      expect(text).toContain("status: draft #");
      expect(text).not.toMatch(/^signed:/m);
      expect(text).toContain("    type: province #");
      expect(text).toContain("    type: foreign-agency #");
      expect(runMou(["validate"], { cwd: dir }).status).toBe(0);
      expect(runMou(["list", "--format", "json"], { cwd: dir }).stdout).toContain('"status": "draft"');
    } finally {
      cleanup();
    }
  });
});
