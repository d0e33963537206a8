import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import type { AgreementFile } from "../../src/core/model/agreement.js";
import { registry } from "../../src/data-units.js";
import { sitePages } from "../../src/site/build.js";
import { CSP } from "../../src/site/layout.js";
import { ASSETS } from "../../src/site/paths.js";
import { checkYaml, root } from "../helpers.js";

const asOf = "2025-11-30";

function load(path: string): AgreementFile {
  const name = posix.basename(path);
  const result = checkYaml(readFileSync(`${root}/${path}`), name, asOf);
  if (!result.agreement) throw new Error(`${path} is not valid: ${JSON.stringify(result.diagnostics)}`);
  return { file: path, agreement: result.agreement };
}

const files = [
  load("agreements/nghe-an-quang-ngai-2023.yaml"),
  load("agreements/ba-ria-vung-tau-pbeg-2018.yaml"),
  load("test/fixtures/agenda/agreements/hostile-2024.yaml"),
  load("test/fixtures/agenda/agreements/tinh-a-tinh-b-2021.yaml"),
];
const langs = { main: "vi" as const, langs: ["vi", "en"] as const };
const pages = new Map(sitePages(files, { asOf, langs, units: registry, version: "9.9.9" }));

/** Every href and src of a page, as written. */
const targets = (page: string) => [...page.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

describe("the pages of the site", () => {
  it("are the overview, the commitments and one page per agreement, in both languages", () => {
    const ids = files.map((f) => f.agreement.id);
    expect([...pages.keys()].sort()).toEqual(
      [
        "index.html",
        "commitments.html",
        ...ids.map((id) => `agreements/${id}.html`),
        "en/index.html",
        "en/commitments.html",
        ...ids.map((id) => `en/agreements/${id}.html`),
      ].sort(),
    );
  });

  it("each declare their language, the strict policy, and run no inline script, style or handler", () => {
    for (const [path, page] of pages) {
      expect(page.startsWith("<!doctype html>\n"), path).toBe(true);
      expect(page, path).toContain(`<html lang="${path.startsWith("en/") ? "en" : "vi"}">`);
      expect(page, path).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
      expect(CSP).not.toContain("unsafe");
      expect(page, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(page, path).not.toMatch(/\son[a-z]+=/i);
      expect(page, path).not.toMatch(/\sstyle=/i);
    }
  });

  it("link only to their own files, or out to the http(s) addresses of sources", () => {
    for (const [path, page] of pages)
      for (const target of targets(page)) {
        if (/^https?:/.test(target) || target.startsWith("#")) continue;
        const resolved = posix.normalize(posix.join(posix.dirname(path), target));
        expect(pages.has(resolved) || Object.values(ASSETS).includes(resolved as never), `${path} → ${target}`).toBe(
          true,
        );
      }
  });

  it("show hostile values as text: no markup, link or template from the data survives", () => {
    for (const path of ["agreements/hostile-2024.html", "index.html", "en/index.html"]) {
      const page = pages.get(path)!;
      expect(page, path).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(page, path).toContain("{{this}} &amp;amp;");
      expect(page, path).toContain("&lt;b&gt;A&lt;/b&gt;");
    }
    const commitments = pages.get("commitments.html")!;
    expect(commitments).toContain("1. không phải danh sách *nghiêng* _gạch_ `mã` ~~gạch~~ \\ \\n");
    expect(commitments).toContain("&lt;b&gt;A&lt;/b&gt;");
    for (const [path, page] of pages) {
      expect(page, path).not.toContain("<script>alert");
      expect(page, path).not.toContain("<b>A</b>");
      expect(page, path).not.toContain('href="http://x.example"');
    }
  });

  it("write dates as each language does, in <time> elements", () => {
    const vi = pages.get("agreements/nghe-an-quang-ngai-2023.html")!;
    const en = pages.get("en/agreements/nghe-an-quang-ngai-2023.html")!;
    expect(vi).toContain('<time datetime="2023-07-24">24/07/2023</time>');
    expect(en).toContain('<time datetime="2023-07-24">24 July 2023</time>');
    expect(vi).toContain('Số liệu tính đến ngày <time datetime="2025-11-30">30/11/2025</time>');
  });

  it("mark text in the other language, and link each page to its translation", () => {
    const vi = pages.get("agreements/nghe-an-quang-ngai-2023.html")!;
    expect(vi).toContain('<p class="other-title" lang="en">Development cooperation programme');
    expect(vi).toContain('<a href="../en/agreements/nghe-an-quang-ngai-2023.html" hreflang="en" lang="en">English</a>');
    const en = pages.get("en/commitments.html")!;
    expect(en).toContain('<a href="../commitments.html" hreflang="vi" lang="vi">Tiếng Việt</a>');
  });

  it("show who answers now for a party whose province was merged", () => {
    expect(pages.get("agreements/ba-ria-vung-tau-pbeg-2018.html")).toContain(
      '<span class="succession">→ TP. Hồ Chí Minh (từ 01/7/2025)</span>',
    );
    expect(pages.get("en/agreements/ba-ria-vung-tau-pbeg-2018.html")).toContain(
      "→ Ho Chi Minh City (since 1 July 2025)",
    );
  });

  it("give the commitments page the data to filter on and the script, and no other page the script", () => {
    const page = pages.get("commitments.html")!;
    expect(page).toContain('<script src="assets/site.js" defer></script>');
    expect(page).toContain(
      '<tr data-p="tinh-b" data-s="" data-st="stalled" data-o="1" ' +
        'data-x="[[&quot;Transport links&quot;],[&quot;Tỉnh B&quot;]]">',
    );
    expect(page).toContain('<span class="ld">A – <span class="ag">Sở Kế hoạch và Đầu tư</span></span>');
    expect(pages.get("index.html")).not.toContain("<script");
  });

  it("name a party's kind only where its name does not say it already", () => {
    const page = pages.get("agreements/nghe-an-quang-ngai-2023.html")!;
    expect(page).toContain("<li><b>Tỉnh Nghệ An</b><dl");
    expect(page).not.toContain("(tỉnh)");
    expect(pages.get("agreements/ba-ria-vung-tau-pbeg-2018.html")).toContain(
      '<b>Văn phòng Japandesk</b> <span class="quiet">(tổ chức)</span>',
    );
  });

  it("list the sectors to filter by in the order of their names in the page's language", () => {
    for (const [path, lang] of [
      ["commitments.html", "vi"],
      ["en/commitments.html", "en"],
    ] as const) {
      const select = /<select id="f-sector">(.*?)<\/select>/s.exec(pages.get(path)!)![1]!;
      const names = [...select.matchAll(/<option value="[^"]+">([^<]*)</g)].map((m) => m[1]!);
      expect(names.length, path).toBeGreaterThan(1);
      expect(names, path).toEqual([...names].sort(new Intl.Collator(lang).compare));
    }
  });

  it("draw the review timeline with words for readers who cannot see it", () => {
    const page = pages.get("agreements/tinh-a-tinh-b-2021.html")!;
    expect(page).toContain(
      'aria-label="Đã họp: 20/03/2022 (lần 1); 10/01/2023 (Họp bổ sung). Kỳ tới: lần 2, 15/03/2023 (quá hạn)."',
    );
  });

  it("say so when the folder holds no agreement", () => {
    const empty = new Map(sitePages([], { asOf, langs, version: "9.9.9" }));
    expect(empty.get("index.html")).toContain("Thư mục chưa có thỏa thuận nào.");
    expect(empty.get("en/commitments.html")).toContain("Showing 0 of 0 commitments.");
  });
});
