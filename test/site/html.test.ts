import { describe, expect, it } from "vitest";
import { escapeHtml, html, join, safeHref, trusted } from "../../src/site/html.js";
import { href } from "../../src/site/paths.js";

describe("HTML from templates", () => {
  it("escapes every interpolated value, in text and in quoted attributes", () => {
    const evil = `<script>alert("x")</script> & 'quoted' {{this}}`;
    expect(html`<p title="${evil}">${evil}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; {{this}}">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; {{this}}</p>",
    );
  });

  it("keeps markup it made itself, and flattens lists", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.text).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
    expect(join(["x", "<y>"], trusted("<br>")).text).toBe("x<br>&lt;y&gt;");
  });

  it("leaves out false, null and undefined, and prints numbers", () => {
    expect(html`${false}${null}${undefined}${0}${12}`.text).toBe("012");
  });

  it("shows control characters as visible symbols, never as raw bytes", () => {
    expect(escapeHtml("a\u001b[31mb\u0000c\u007fd\u0085")).toBe("a\u241b[31mb\u2400c\u2421d\ufffd");
    // Nor may a value turn the direction of what follows it.
    expect(escapeHtml("Lào\u202e · 2023\u2067x\u2069")).toBe("Lào\ufffd · 2023\ufffdx\ufffd");
    expect(escapeHtml("line\r\nnext\ttab")).toBe("line\r\nnext\ttab");
  });
});

describe("links", () => {
  it("follows only http and https addresses", () => {
    expect(safeHref("https://baonghean.vn/a?b=1&c=2")).toBe("https://baonghean.vn/a?b=1&c=2");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd", "x"])
      expect(safeHref(bad), bad).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });

  it("are relative between pages and name the file, so file:// works", () => {
    expect(href("index.html", "agreements/a.html")).toBe("agreements/a.html");
    expect(href("agreements/a.html", "index.html")).toBe("../index.html");
    expect(href("en/agreements/a.html", "assets/site.css")).toBe("../../assets/site.css");
    expect(href("en/index.html", "index.html")).toBe("../index.html");
    expect(href("index.html", "index.html")).toBe("index.html");
  });
});
