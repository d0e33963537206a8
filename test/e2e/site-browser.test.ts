// The built site in a real browser: Debian's Chromium, driven by playwright-core (nothing downloaded),
// loads the pages from disk as a reader opening the folder would. One browser for the whole file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, runMou, tempFolder } from "../helpers.js";
import { hasTool, needs } from "../tools.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// The Nghệ An – Quảng Ngãi programme's first review falls due on 2025-07-24: its agenda can be made.
const asOf = "2025-06-01";
const fixture = (path: string) => readFileSync(join(root, path));
const ids = [
  "ba-ria-vung-tau-pbeg-2018",
  "hue-usta-jica-partnership",
  "hue-usta-koica-partnership",
  "nghe-an-quang-ngai-2023",
  "quang-tri-avse-global-2021",
];
const { dir, cleanup } = tempFolder({
  ...Object.fromEntries(ids.map((id) => [`agreements/${id}.yaml`, fixture(`agreements/${id}.yaml`)])),
  "agreements/tinh-a-tinh-b-2021.yaml": fixture("test/fixtures/agenda/agreements/tinh-a-tinh-b-2021.yaml"),
  "agreements/hostile-2024.yaml": fixture("test/fixtures/agenda/agreements/hostile-2024.yaml"),
  // Words no line can hold: an address in a note, a title without a space. They must wrap, not widen the page.
  "agreements/long-words-2024.yaml": [
    "id: long-words-2024",
    `title: Bản ghi nhớ ${"hợptác".repeat(20)}`,
    "kind: mou",
    "signed: 2024-01-01",
    "parties:",
    "  - id: a",
    "    name: Tỉnh A",
    `    notes: Xem https://www.example.gov.vn/${"van-ban-".repeat(14)}chi-tiet.html`,
    "  - id: b",
    "    name: Tỉnh B",
    "commitments:",
    '  - id: "1"',
    `    title: ${"Xâydựng".repeat(16)}`,
    "    lead: [{party: a, agency: Sở Kế hoạch và Đầu tư}]",
    "",
  ].join("\n"),
});
const allIds = [...ids, "tinh-a-tinh-b-2021", "hostile-2024", "long-words-2024"];
const site = join(dir, "site");
const url = (path: string) => pathToFileURL(join(site, path)).href;
const siteUrl = pathToFileURL(site).href;

let browser: BrowserContext | undefined;
let profile: string | undefined;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const run = runMou(["--as-of", asOf, "site", "--agendas", "pdf,docx,md"], { cwd: dir });
  if (run.status !== 0) throw new Error(`mou site failed: ${run.stderr}`);
  if (!hasTool("chromium")) return;
  profile = mkdtempSync(join(tmpdir(), "mou-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  browser.on("request", (r) => requests.push(r.url()));
  browser.on("page", watch);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  cleanup();
});

function watch(page: Page): void {
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
}

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser!.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url(path));
  return page;
}

/** The commitments the page shows now, as "agreement/id". */
const visibleRows = (page: Page) =>
  page.$$eval("#list tbody tr:not([hidden])", (rows) =>
    rows.map((r) => {
      const link = r.querySelector("a")!.getAttribute("href")!;
      return `${/([^/]+)\.html$/.exec(link)![1]}/${r.querySelector(".num")!.textContent}`;
    }),
  );

/** What `mou commitments` lists for the same filter. */
function cli(...filter: string[]): string[] {
  const run = runMou(["--as-of", asOf, "commitments", ...filter, "--format", "json"], { cwd: dir });
  return (JSON.parse(run.stdout) as { commitments: { agreement: string; id: string }[] }).commitments.map(
    (c) => `${c.agreement}/${c.id}`,
  );
}

describe("the site in Chromium", () => {
  it("reaches every agreement from the overview in both languages, quietly, within the folder", async (context) => {
    needs(context, "chromium");
    const seen = new Set<string>();
    const queue = ["index.html"];
    const page = await browser!.newPage();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(url(path));
      const written = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")!));
      for (const link of written.map((href) => new URL(href, page.url()).href)) {
        const target = link.split("#")[0]!;
        if (!target.startsWith(`${siteUrl}/`)) continue;
        const rel = decodeURIComponent(target.slice(siteUrl.length + 1));
        if (rel.endsWith(".html")) queue.push(rel);
        else expect(existsSync(join(site, rel)), rel).toBe(true);
      }
    }
    await page.close();
    for (const id of allIds) {
      expect(seen, id).toContain(`agreements/${id}.html`);
      expect(seen, id).toContain(`en/agreements/${id}.html`);
    }
    expect(seen).toContain("commitments.html");
    expect(seen).toContain("en/commitments.html");
    expect(requests.length).toBeGreaterThan(seen.size);
    expect(requests.filter((r) => !r.startsWith(`${siteUrl}/`))).toEqual([]);
    expect(errors).toEqual([]);
    // The agendas the pages link are real files: a PDF, a Word file (a zip) and the Markdown.
    const agenda = (ext: string) => readFileSync(join(site, `agendas/nghe-an-quang-ngai-2023-review-1.${ext}`));
    expect(agenda("pdf").subarray(0, 5).toString()).toBe("%PDF-");
    expect(agenda("docx").subarray(0, 2).toString()).toBe("PK");
    expect(agenda("md").toString()).toContain("CHƯƠNG TRÌNH");
    expect(seen.has("agreements/nghe-an-quang-ngai-2023.html")).toBe(true);
  });

  it("narrows the commitments with the search box, with or without diacritics, as the CLI does", async (context) => {
    needs(context, "chromium");
    const page = await open("commitments.html");
    const all = await visibleRows(page);
    expect(all).toEqual(cli());
    const search = page.locator("#f-q");
    const found = cli("--search", "do thi");
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
    for (const query of ["do thi", "đô thị", "ĐÔ  THỊ", "đô thị".normalize("NFD")]) {
      await search.fill(query);
      expect(await visibleRows(page), query).toEqual(found);
    }
    await expect(page.locator("#count").textContent()).resolves.toBe(
      `Đang hiển thị ${found.length}/${all.length} nội dung.`,
    );
    // The title in the other language and the notes are searched too, though the row does not show them.
    const urban = cli("--search", "urban");
    expect(urban.length).toBeGreaterThan(0);
    await search.fill("urban");
    expect(await visibleRows(page)).toEqual(urban);
    await search.fill("khong co noi dung nao nhu the");
    expect(await visibleRows(page)).toEqual([]);
    expect(await page.locator("#no-match").isVisible()).toBe(true);
    await search.fill("");

    await page.selectOption("#f-party", "nghe-an");
    expect(await visibleRows(page)).toEqual(cli("--party", "nghe-an"));
    await page.selectOption("#f-party", "");
    await page.locator("#f-lead").fill("so tai nguyen");
    expect(await visibleRows(page)).toEqual(cli("--lead", "so tai nguyen"));
    // Every suggestion of the lead box finds rows, the very rows the CLI finds.
    const suggestions = await page
      .locator("#f-leads option")
      .evaluateAll((options) => options.map((o) => o.getAttribute("value") ?? ""));
    expect(suggestions.length).toBeGreaterThan(0);
    for (const lead of suggestions) {
      await page.locator("#f-lead").fill(lead);
      const rows = await visibleRows(page);
      expect(rows.length, lead).toBeGreaterThan(0);
      expect(rows, lead).toEqual(cli("--lead", lead));
    }
    await page.click("#f-clear");
    await page.selectOption("#f-status", "stalled");
    await page.check("#f-overdue");
    expect(await visibleRows(page)).toEqual(cli("--status", "stalled", "--overdue"));
    await page.selectOption("#f-sector", "agriculture");
    await page.click("#f-clear");
    expect(await visibleRows(page)).toEqual(all);

    // A link can preselect the filters.
    await page.goto(`${url("en/commitments.html")}?q=do%20thi`);
    expect(await visibleRows(page)).toEqual(found);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("keeps the list filtered as the filters show when the reader comes back to it", async (context) => {
    needs(context, "chromium");
    const page = await open("commitments.html");
    await page.selectOption("#f-party", "nghe-an");
    await page.selectOption("#f-status", "not-started");
    const chosen = cli("--party", "nghe-an", "--status", "not-started");
    expect(chosen.length).toBeGreaterThan(0);
    expect(await visibleRows(page)).toEqual(chosen);
    await page.goto(url("index.html"));
    await page.goBack();
    await page.waitForLoadState("load");
    expect(await page.locator("#f-party").inputValue()).toBe("nghe-an");
    expect(await visibleRows(page)).toEqual(chosen);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("switches language on every page, keeping the reader on the same page", async (context) => {
    needs(context, "chromium");
    const page = await open("agreements/nghe-an-quang-ngai-2023.html");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await page.click('a[hreflang="en"]');
    expect(page.url()).toBe(url("en/agreements/nghe-an-quang-ngai-2023.html"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe(
      "Development cooperation programme between Nghệ An and Quảng Ngãi provinces",
    );
    await page.click('a[hreflang="vi"]');
    expect(await page.textContent("h1")).toBe("Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi");
    await page.close();
  });

  const shots = process.env.MOU_SITE_SCREENSHOTS;
  const shot = async (page: Page, name: string) => {
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, name), fullPage: true });
  };
  const scan = async (page: Page, where: string) => {
    // Evaluated through the debugging protocol, which the page's policy does not govern; axe must not
    // fetch the stylesheet itself (its "preload"), which that policy rightly forbids.
    if (!(await page.evaluate("typeof axe !== 'undefined'"))) await page.evaluate(axeSource);
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"], preload: false })`)) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious, where).toEqual([]);
  };

  it.for([
    "index.html",
    "commitments.html",
    "agreements/tinh-a-tinh-b-2021.html",
    "agreements/long-words-2024.html",
    "en/index.html",
  ])(
    "%s passes an accessibility scan (axe-core) with no serious or critical violation, and fits a phone",
    async (path, context) => {
      needs(context, "chromium");
      const page = await open(path);
      await scan(page, path);
      await shot(page, `${path.replace(/\//g, "_")}-desktop.png`);
      // The same page on a phone: tables turn into cards and nothing may scroll sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
      expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
      if (path === "commitments.html") await scan(page, `${path} on a phone`);
      await shot(page, `${path.replace(/\//g, "_")}-phone.png`);
      await page.close();
      expect(errors).toEqual([]);
    },
  );
});
