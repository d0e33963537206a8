import type { DocumentMeta } from "../model.js";

const xml = (text: string) =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

const stamp = (d: Date) => `${d.toISOString().split(".")[0]}Z`;

/**
 * docProps/core.xml, written here rather than by the docx package, which stamps the file with its own
 * reading of the clock: the shell reads the clock once and every output says the same time.
 */
export function coreProperties(meta: DocumentMeta): { path: string; data: string } {
  return {
    path: "docProps/core.xml",
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xml(meta.title)}</dc:title>` +
      `<dc:subject>${xml(meta.subject)}</dc:subject>` +
      `<dc:creator>${xml(meta.author)}</dc:creator>` +
      `<dc:language>${meta.lang === "vi" ? "vi-VN" : "en-GB"}</dc:language>` +
      "<cp:lastModifiedBy>mou</cp:lastModifiedBy>" +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp(meta.created)}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp(meta.created)}</dcterms:modified>` +
      "</cp:coreProperties>",
  };
}
