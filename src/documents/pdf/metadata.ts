import type { DocumentMeta } from "../model.js";
import type { Doc } from "./fonts.js";

const xml = (text: string) =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const stamp = (d: Date) => `${d.toISOString().split(".")[0]}Z`;

/**
 * The XMP packet of a PDF/A file, which must say what the Info dictionary says. pdfkit (0.17–0.20) writes
 * the Info values into its XMP without escaping them, so a title with "&" or "<" would make the packet
 * invalid XML; this replaces that one method with one that escapes.
 */
export function escapedXmp(doc: Doc, meta: DocumentMeta): void {
  const target = doc as unknown as { _addInfo: () => void; appendXML: (text: string) => void };
  const lang = meta.lang === "vi" ? "vi-VN" : "en";
  target._addInfo = () => {
    target.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${stamp(meta.created)}</xmp:CreateDate>
            <xmp:ModifyDate>${stamp(meta.created)}</xmp:ModifyDate>
            <xmp:CreatorTool>mou</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt>
            </dc:description>
            <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>mou</pdf:Producer>
        </rdf:Description>
        `);
  };
}
