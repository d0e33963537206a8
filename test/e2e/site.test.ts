import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, root, runMou, tempFolder } from "../helpers.js";

const fixture = (path: string) => readFileSync(join(root, path));
const { dir, cleanup } = tempFolder({
  "agreements/nghe-an-quang-ngai-2023.yaml": fixture("agreements/nghe-an-quang-ngai-2023.yaml"),
  "agreements/tinh-a-tinh-b-2021.yaml": fixture("test/fixtures/agenda/agreements/tinh-a-tinh-b-2021.yaml"),
  "agreements/hostile-2024.yaml": fixture("test/fixtures/agenda/agreements/hostile-2024.yaml"),
  "one/tinh-a-tinh-b-2021.yaml": fixture("test/fixtures/agenda/agreements/tinh-a-tinh-b-2021.yaml"),
  "broken/agreements/broken.yaml": "id: broken\ntitle: [\n",
  "mine/notes.txt": "not a site",
});
afterAll(cleanup);
const site = (...args: string[]) => runMou(["--as-of", "2025-11-30", ...args], { cwd: dir });
const read = (path: string) => readFileSync(join(dir, path), "utf8");

describe("mou site", () => {
  it("writes the site into site/ and prints where to open it", () => {
    const run = site("site");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("site/index.html\n");
    expect(readdirSync(join(dir, "site")).sort()).toEqual(
      ["agreements", "assets", "commitments.html", "en", "index.html", "mou-site.json", "mou-site-pages.json"].sort(),
    );
    expect(readdirSync(join(dir, "site", "assets")).sort()).toEqual(["site.css", "site.js"]);
    expect(JSON.parse(read("site/mou-site.json"))).toMatchObject({ generator: "mou site", asOf: "2025-11-30" });
    expect(read("site/index.html")).toContain("<h1>Các thỏa thuận hợp tác</h1>");
    expect(read("site/en/agreements/hostile-2024.html")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // Writing it again replaces the site mou wrote, with nothing left beside it.
    expect(site("site", "--title", "Hợp tác <phát triển>").status).toBe(0);
    expect(read("site/index.html")).toContain("<h1>Hợp tác &lt;phát triển&gt;</h1>");
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("writes its site, and nothing on stderr, under a Node whose V8 flags are frozen", () => {
    const args = ["--freeze-flags-after-init", bin, "--as-of", "2025-11-30", "site", "-o", "frozen"];
    const run = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(read("frozen/commitments.html")).toContain("</html>");
  });

  // The PDF and Word agendas are checked in the browser test, which runs once rather than in every zone.
  it("puts the --lang language at the root and links the agendas it makes", () => {
    // Review 2 falls due on 2023-03-15: its agenda can be made (an overdue one would need the real date).
    const run = runMou(
      ["--as-of", "2023-02-01", "--dir", "one", "--lang", "en", "site", "-o", "public/portfolio", "--agendas", "md"],
      { cwd: dir },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("public/portfolio/index.html\n");
    expect(read("public/portfolio/index.html")).toContain('<html lang="en">');
    expect(read("public/portfolio/vi/index.html")).toContain('<html lang="vi">');
    expect(read("public/portfolio/agendas/tinh-a-tinh-b-2021-review-2.md")).toContain("# PROGRAMME");
    expect(read("public/portfolio/vi/agendas/tinh-a-tinh-b-2021-review-2.md")).toContain("# CHƯƠNG TRÌNH");
    const page = read("public/portfolio/agreements/tinh-a-tinh-b-2021.html");
    expect(page).toContain('<a href="../agendas/tinh-a-tinh-b-2021-review-2.md">Markdown</a>');
  });

  it("refuses a folder it did not write, and names the way out", () => {
    const run = site("site", "-o", "mine");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "mou: thư mục mine không do mou tạo và không trống; hãy chọn thư mục khác bằng -o, hoặc dùng --force " +
        "để thay thế toàn bộ thư mục này\n",
    );
    expect(read("mine/notes.txt")).toBe("not a site");
    expect(site("site", "-o", ".", "--force").status).toBe(2);
    expect(existsSync(join(dir, "agreements", "hostile-2024.yaml"))).toBe(true);
  });

  it("says in words why a site could not be written, not with the system's code", () => {
    const vi = site("site", "-o", "mine/notes.txt/site");
    expect(vi.status).toBe(2);
    expect(vi.stderr).toBe(
      "mou: không ghi được trang web vào mine/notes.txt/site: đã có một tệp hoặc thư mục khác mang tên đó\n",
    );
    const en = site("--lang", "en", "site", "-o", "mine/notes.txt/site");
    expect(en.stderr).toBe(
      "mou: cannot write the site to mine/notes.txt/site: something else already stands at that name\n",
    );
  });

  it("refuses an empty -o or --title rather than writing into the working folder or a page without a name", () => {
    for (const args of [
      ["-o", ""],
      ["-o", " "],
      ["--title", ""],
    ]) {
      const run = site("--lang", "en", "site", ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toBe(
        `mou: ${args[0]} cannot be empty: give a folder with -o, a title with --title, or leave the option out\n`,
      );
    }
    expect(existsSync(join(dir, "index.html"))).toBe(false);
  });

  it("takes over, on a rebuild, the pages whose agreement and options did not change, and no others", () => {
    const pages = ["index.html", "agreements/hostile-2024.html", "en/agreements/nghe-an-quang-ngai-2023.html"];
    const ino = (page: string) => statSync(join(dir, "again", page)).ino;
    expect(site("site", "-o", "again").status).toBe(0);
    const first = pages.map(ino);
    const fresh = (page: string) => read(`again/${page}`);
    const before = pages.map(fresh);
    // The same day and files: every page is the file of the previous build, with the same bytes.
    expect(site("site", "-o", "again").status).toBe(0);
    expect(pages.map(ino)).toEqual(first);
    // A page edited by hand since is made again, whatever its record says.
    writeFileSync(join(dir, "again", pages[1]!), before[1]!.replace("<h1>", "<h2>"));
    expect(site("site", "-o", "again").status).toBe(0);
    expect(fresh(pages[1]!)).toBe(before[1]);
    // Another day changes every page (each says "as of"): none is taken over from the day before.
    expect(site("--as-of", "2025-12-01", "site", "-o", "again").status).toBe(0);
    expect(pages.map(fresh).map((p, i) => p === before[i])).toEqual([false, false, false]);
    const records = JSON.parse(read("again/mou-site-pages.json")) as { pages: [string, string, number, string][] };
    expect(records.pages.map(([path]) => path)).toEqual(expect.arrayContaining(pages));
  });

  it("refuses an agenda format it cannot make", () => {
    const run = site("--lang", "en", "site", "--agendas", "pdf,odt", "-o", "other");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('mou: --agendas: unknown format "odt"; choose from pdf, docx, md, separated by commas\n');
    expect(existsSync(join(dir, "other"))).toBe(false);
  });

  it("builds from the valid files, reports the invalid ones and exits 1", () => {
    const run = site("--dir", "broken/agreements", "--lang", "en", "site", "-o", "partial");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("skipped 1 invalid file");
    expect(read("partial/index.html")).toContain("There are no agreements in the folder.");
  });
});
