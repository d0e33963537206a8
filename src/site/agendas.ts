import type { AgreementFile } from "../core/model/agreement.js";
import type { UnitRegistry } from "../core/parties/units.js";
import { AgendaError, agendaView } from "../core/views/agenda.js";
import { renderAgendaMarkdown } from "../documents/markdown.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { loadAgendaTemplate } from "../load/templates.js";
import type { SiteAgendaFormat } from "./paths.js";
import { langFile, type SiteLangs, siteAgendaFormats } from "./paths.js";

export interface SiteAgendas {
  files: Map<string, string | Uint8Array>;
  /** By language, then agreement id: the formats made and their paths from the site's root. */
  links: Map<Lang, Map<string, { format: string; path: string }[]>>;
}

/**
 * The agenda of each agreement's next review, made exactly as `mou agenda` makes it (the bundled
 * template of each language), for the agreement pages to link. Agreements without a next review have none.
 */
export async function makeAgendas(
  files: readonly AgreementFile[],
  options: {
    asOf: string;
    langs: SiteLangs;
    formats: readonly SiteAgendaFormat[];
    cwd: string;
    remind?: string;
    units?: UnitRegistry;
  },
): Promise<SiteAgendas> {
  const out: SiteAgendas = { files: new Map(), links: new Map() };
  const pdf = options.formats.includes("pdf") ? (await import("../documents/pdf.js")).renderPdf : undefined;
  for (const lang of options.langs.langs) {
    const template = await loadAgendaTemplate(lang, undefined, options.cwd);
    const links = new Map<string, { format: string; path: string }[]>();
    out.links.set(lang, links);
    for (const { agreement } of files) {
      let view: ReturnType<typeof agendaView>;
      try {
        view = agendaView(agreement, {
          asOf: options.asOf,
          lang,
          ...(options.remind !== undefined ? { remind: options.remind } : {}),
          ...(options.units !== undefined ? { units: options.units } : {}),
        });
      } catch (error) {
        if (error instanceof AgendaError) continue;
        throw error;
      }
      const markdown = renderAgendaMarkdown(template, view);
      const base = `agendas/${agreement.id}-review-${view.review.number}`;
      const made: { format: string; path: string }[] = [];
      for (const format of siteAgendaFormats) {
        if (!options.formats.includes(format)) continue;
        const path = langFile(options.langs, lang, `${base}.${format}`);
        const data =
          format === "md"
            ? markdown
            : await pdf!(markdown, {
                title: view.title,
                subject: messages(lang).site.agendaSubject({ n: view.review.number }),
                lang: lang === "vi" ? "vi-VN" : "en",
                date: view.review.meeting,
              });
        out.files.set(path, data);
        made.push({ format, path });
      }
      links.set(agreement.id, made);
    }
  }
  return out;
}
