import type { DocumentFormat } from "../format/formats.js";
import { documentMarkdown } from "./frame-markdown.js";
import type { OfficialDocument } from "./model.js";

/**
 * A document in one of its formats: Markdown as text, PDF and Word as bytes. The PDF and Word renderers
 * (and their libraries) load only when asked for.
 */
export async function renderDocument(document: OfficialDocument, format: DocumentFormat): Promise<string | Buffer> {
  switch (format) {
    case "md":
      return documentMarkdown(document.frame, document.body);
    case "pdf":
      return (await import("./pdf/index.js")).renderPdf(document);
    case "docx":
      return (await import("./docx/index.js")).renderDocx(document);
  }
}
