import { join } from "node:path";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";

const dir = join(root, "test", "fixtures", "agenda", "agreements");
const golden = join(root, "test", "fixtures", "agenda", "golden");
const agenda = (...args: string[]) => runMou(["--dir", dir, "--as-of", "2023-03-01", "agenda", ...args]);

describe("agenda in Markdown", () => {
  it.each(["vi", "en"])("matches the golden file (%s)", async (lang) => {
    const run = agenda("tinh-a-tinh-b-2021", "--lang", lang);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(join(golden, `tinh-a-tinh-b-2021.${lang}.md`));
  });

  it("keeps hostile text literal: no markup, HTML or template syntax from the data survives", () => {
    const md = runMou(["--dir", dir, "--as-of", "2025-01-01", "agenda", "hostile-2024"]).stdout;
    const html = marked.parse(md) as string;
    expect(html).not.toMatch(/<script|<b>|<a |<em>nghiêng|<del>|<strong>Đậm/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("**Đậm** # không phải tiêu đề [liên kết](http://x.example) | ống");
    expect(html).toContain("{{this}} &amp;amp;");
    expect(html).toContain("{{#each this}}x{{/each}}");
    expect(html).toContain("1. không phải danh sách *nghiêng* _gạch_ `mã` ~~gạch~~ \\ \\n");
    // Both tables (title block and report) keep their shape although the data is full of pipes.
    expect(html.match(/<tr>/g)?.length).toBe(4);
    expect(html.match(/<t[hd][ >]/g)?.length).toBe(2 + 2 + 5 + 5);
    expect(html).toMatch(/<td>- không phải gạch đầu dòng &gt; trích dẫn<\/td>/);
  });

  it("uses a custom template", () => {
    const { dir: folder, cleanup } = tempFolder({
      "mine.md.hbs":
        '# Biên bản {{title}}\n\nLần {{review.number}}, {{date review.meeting}}, {{statusName "stalled"}}\n',
    });
    try {
      const run = agenda("tinh-a-tinh-b-2021", "--template", join(folder, "mine.md.hbs"));
      expect(run.stdout).toBe(
        "# Biên bản Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B\n\nLần 2, ngày 15 tháng 3 năm 2023, đình trệ\n",
      );
    } finally {
      cleanup();
    }
  });

  it("refuses a broken template or a missing one with one line", () => {
    const { dir: folder, cleanup } = tempFolder({ "broken.hbs": "{{#each commitments}}\n" });
    try {
      expect(agenda("tinh-a-tinh-b-2021", "--template", join(folder, "broken.hbs"))).toMatchObject({
        status: 2,
        stdout: "",
      });
      expect(agenda("tinh-a-tinh-b-2021", "--template", join(folder, "none.hbs")).stderr).toMatch(
        /^mou: cannot read the template .*none\.hbs: no such file\n$/,
      );
    } finally {
      cleanup();
    }
  });

  it("refuses impossible options", () => {
    expect(agenda("tinh-a-tinh-b-2021", "--review", "0").stderr).toBe(
      "mou: --review phải là số nguyên từ 1 trở lên (1, 2, …), không phải “0”\n",
    );
    expect(agenda("tinh-a-tinh-b-2021", "--date", "2023-02-29").status).toBe(2);
    expect(agenda("tinh-a-tinh-b-2021", "--host", "tinh-c").stderr).toBe(
      'mou: tinh-a-tinh-b-2021: no party "tinh-c" in this agreement (tinh-a, tinh-b)\n',
    );
  });
});

describe("template security", () => {
  it("gives templates no access to prototypes", () => {
    const { dir: folder, cleanup } = tempFolder({
      "probe.hbs": '[{{constructor}}][{{title.constructor}}][{{__proto__}}][{{lookup this "constructor"}}]\n',
    });
    try {
      const run = agenda("tinh-a-tinh-b-2021", "--template", join(folder, "probe.hbs"));
      expect(run.stdout).toBe("[][][][]\n");
    } finally {
      cleanup();
    }
  });
});
