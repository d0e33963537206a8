import type { AgreementFile } from "../core/model/agreement.js";
import type { UnitRegistry } from "../core/parties/units.js";
import { AgendaError, agendaView } from "../core/views/agenda.js";
import { agendaDocument } from "../documents/agenda.js";
import { renderAgendaMarkdown } from "../documents/markdown.js";
import { renderDocument } from "../documents/render.js";
import type { Lang } from "../i18n/lang.js";
import { loadAgendaTemplate } from "../load/templates.js";
import { langFile, type SiteAgendaFormat, type SiteLangs, siteAgendaFormats } from "./paths.js";

export interface SiteAgendas {
  files: Map<string, string | Uint8Array>;
  /** By language, then agreement id: the formats made and their paths from the site's root. */
  links: Map<Lang, Map<string, { format: string; path: string }[]>>;
}

/**
 * The agenda of each agreement's next review, made exactly as `mou agenda <id>` makes it with no other
 * option (the bundled template of each language), for the agreement pages to link. An agreement has none
 * when `mou agenda` would refuse: no next review, a review already past its date (the real date of the
 * meeting must be given), or no host that can issue it.
 */
export async function makeAgendas(
  files: readonly AgreementFile[],
  options: {
    asOf: string;
    langs: SiteLangs;
    formats: readonly SiteAgendaFormat[];
    cwd: string;
    /** When the documents are made (their metadata). */
    now: number;
    remind?: string;
    units?: UnitRegistry;
  },
): Promise<SiteAgendas> {
  const out: SiteAgendas = { files: new Map(), links: new Map() };
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
      const document = agendaDocument(view, renderAgendaMarkdown(template, view), new Date(options.now));
      const base = `agendas/${agreement.id}-review-${view.review.number}`;
      const made: { format: string; path: string }[] = [];
      for (const format of siteAgendaFormats) {
        if (!options.formats.includes(format)) continue;
        const path = langFile(options.langs, lang, `${base}.${format}`);
        const data = await renderDocument(document, format);
        out.files.set(path, data);
        made.push({ format, path });
      }
      links.set(agreement.id, made);
    }
  }
  return out;
}
