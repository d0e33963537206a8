import { readFileSync } from "node:fs";
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
    const run = runMou(["--dir", dir, "--as-of", "2025-01-01", "agenda", "hostile-2024"]);
    expect(run.status).toBe(0);
    const md = run.stdout;
    const html = marked.parse(md) as string;
    expect(html).not.toMatch(/<script|<b>|<a |<em>nghiêng|<del>|<strong>Đậm/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("**Đậm** # không phải tiêu đề [liên kết](http://x.example) | ống");
    expect(html).toContain("{{this}} &amp;amp;");
    expect(html).toContain("{{#each this}}x{{/each}}");
    expect(html).toContain("1. không phải danh sách *nghiêng* _gạch_ `mã` ~~gạch~~ \\ \\n");
    expect(html).toMatch(/<td>- không phải gạch đầu dòng &gt; trích dẫn<\/td>/);
  });

  it("lets no line end in the data (CR, NEL, U+2028, VT, FF …) start a heading, list item or table row", () => {
    const md = runMou(["--dir", dir, "--as-of", "2025-01-01", "agenda", "hostile-2024"]).stdout;
    const tokens = marked.lexer(md);
    const headings = tokens.filter((t) => t.type === "heading").map((t) => (t as { text: string }).text);
    expect(headings).toEqual([
      "CHƯƠNG TRÌNH",
      expect.stringMatching(/^Hội nghị đánh giá lần 1/),
      "I. THÔNG TIN CHUNG",
      "II. NỘI DUNG CHƯƠNG TRÌNH",
      "III. KỲ ĐÁNH GIÁ TIẾP THEO",
    ]);
    // The title block, the report (two rows of five cells) and the closing keep their shape.
    const tables = tokens.filter((t) => t.type === "table") as unknown as { header: unknown[]; rows: unknown[][] }[];
    expect(tables.map((t) => [t.header.length, t.rows.length])).toEqual([
      [2, 2],
      [5, 2],
      [2, 3],
    ]);
    const html = marked.parse(md) as string;
    expect(html).toContain("x # KẾT LUẬN: HỦY BỎ THỎA THUẬN - mục giả | 9 | giả | giả | giả | giả | &gt; trích");
    expect(html).toContain("ghi chú 1. mục giả ## tiêu đề giả\ufffd]0;x\ufffd");
    expect(html).toContain("<em>A - mục giả, ngày 01 tháng 01 năm 2025</em>");
    expect([...md].filter((c) => "\r\u0085\u2028\u2029\v\f\u001b".includes(c))).toEqual([]);
  });

  it("keeps a line end given with commitment set --note out of the agenda's structure", () => {
    const { dir: folder, cleanup } = tempFolder({
      "agreements/tinh-a-tinh-b-2021.yaml": readFileSync(join(dir, "tinh-a-tinh-b-2021.yaml")),
    });
    try {
      const base = ["--dir", join(folder, "agreements"), "--as-of", "2023-03-01"];
      const set = runMou([
        ...base,
        "commitment",
        "set",
        "tinh-a-tinh-b-2021",
        "1",
        "--note",
        "x\r# KẾT LUẬN\u2028- giả",
      ]);
      expect(set.status).toBe(0);
      const md = runMou([...base, "agenda", "tinh-a-tinh-b-2021"]).stdout;
      expect(marked.lexer(md).filter((t) => t.type === "heading")).toHaveLength(5);
      expect(md).toContain("01/3/2023: x # KẾT LUẬN - giả");
    } finally {
      cleanup();
    }
  });

  it("uses a custom template", () => {
    const { dir: folder, cleanup } = tempFolder({
      "mine.md.hbs":
        '# Biên bản {{title}}\n\nLần {{review.number}}, {{date review.meeting}}, {{statusName "stalled"}}\n',
    });
    try {
      const run = agenda("tinh-a-tinh-b-2021", "--template", join(folder, "mine.md.hbs"));
      // The template writes the body; the title block and the closing frame it in every format.
      expect(run.stdout).toMatch(/^\| \*\*ỦY BAN NHÂN DÂN\*\* \|/);
      expect(run.stdout).toContain(
        "\n# Biên bản Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B\n\nLần 2, ngày 15 tháng 3 năm 2023, đình trệ\n",
      );
      expect(run.stdout).toMatch(/\| \*\*Nguyễn Văn A\*\* \|\n$/);
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
        /^mou: không đọc được mẫu văn bản .*none\.hbs: không có tệp này\n$/,
      );
    } finally {
      cleanup();
    }
  });

  it("asks for the meeting date when the review's date has passed, instead of dating it in the past", () => {
    const late = runMou(["--dir", dir, "--as-of", "2024-07-16", "agenda", "tinh-a-tinh-b-2021"]);
    expect(late).toMatchObject({ status: 2, stdout: "" });
    expect(late.stderr).toBe(
      "mou: tinh-a-tinh-b-2021: kỳ đánh giá lần 2 đã đến hạn ngày 15 tháng 3 năm 2023, cách đây 489 ngày; " +
        "ghi ngày dự kiến tổ chức hội nghị bằng --date YYYY-MM-DD\n",
    );
    const dated = runMou([
      "--dir",
      dir,
      "--as-of",
      "2024-07-16",
      "agenda",
      "tinh-a-tinh-b-2021",
      "--date",
      "2024-08-01",
    ]);
    expect(dated.status).toBe(0);
    expect(dated.stdout).toContain("*A, ngày 16 tháng 7 năm 2024*");
  });

  it("needs an issuing body and a place for a host that is not a Vietnamese province or city", () => {
    const run = agenda("hostile-2024", "--host", "b", "--lang", "en", "--date", "2024-03-01");
    expect(run.stderr).toBe(
      'mou: hostile-2024: the host "# Tỉnh B # KẾT LUẬN: HỦY BỎ THỎA THUẬN" is not a Vietnamese province or ' +
        "city in use on the meeting date: give --issuer and --place, or state issuer and place on the party " +
        "in the file\n",
    );
  });

  it("refuses impossible options", () => {
    expect(agenda("tinh-a-tinh-b-2021", "--review", "0").stderr).toBe(
      "mou: --review phải là số nguyên từ 1 trở lên (1, 2, …), không phải “0”\n",
    );
    expect(agenda("tinh-a-tinh-b-2021", "--date", "2023-02-29").status).toBe(2);
    expect(agenda("tinh-a-tinh-b-2021", "--host", "tinh-c").stderr).toBe(
      "mou: tinh-a-tinh-b-2021: thỏa thuận không có bên “tinh-c” (các bên: tinh-a, tinh-b)\n",
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
      expect(run.stdout).toContain("\n[][][][]\n");
      expect(run.stdout).not.toMatch(/function|Object|prototype/);
    } finally {
      cleanup();
    }
  });
});
