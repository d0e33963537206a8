import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Context } from "../../context.js";
import { registry } from "../../data-units.js";
import { UsageError } from "../../errors.js";
import { messages } from "../../i18n/index.js";
import { langs as allLangs } from "../../i18n/lang.js";
import { CACHE_KEY } from "../../load/cache/key.js";
import { agreementsFolder, displayPath } from "../../load/files.js";
import { loadAgreements } from "../../load/load-agreements.js";
import { packageRoot } from "../../load/package-root.js";
import type { SiteOptions } from "../../site/build.js";
import { PAGES, recordsText } from "../../site/manifest.js";
import { ASSETS, type SiteAgendaFormat, type SiteLangs, siteAgendaFormats } from "../../site/paths.js";
import { PageStream } from "../../site/stream-pages.js";
import { MARKER, NotWriting, writeAll, writeSite } from "../../site/write.js";
import { withSkipped } from "../skipped.js";
import type { CommandOutput } from "../types.js";

declare const __MOU_VERSION__: string;
const version = typeof __MOU_VERSION__ === "string" ? __MOU_VERSION__ : "0.0.0-dev";

export interface SiteCommandOptions {
  output: string;
  title?: string;
  agendas?: string;
  force?: boolean;
}

function agendaFormats(value: string | undefined, context: Context): SiteAgendaFormat[] {
  if (value === undefined) return [];
  const asked = value.split(",").map((s) => s.trim().toLowerCase());
  for (const format of asked)
    if (!(siteAgendaFormats as readonly string[]).includes(format))
      throw new UsageError(
        messages(context.lang).site.errors.unknownAgendaFormat({
          value: format,
          choices: siteAgendaFormats.join(", "),
        }),
      );
  return siteAgendaFormats.filter((f) => asked.includes(f));
}

/** The stylesheet and the page script, bundled at build time into dist/site/. */
async function assets(context: Context): Promise<[string, Buffer][]> {
  const folder = join(packageRoot(), "dist", "site");
  try {
    return [
      [ASSETS.css, await readFile(join(folder, "site.css"))],
      [ASSETS.js, await readFile(join(folder, "site.js"))],
    ];
  } catch {
    throw new Error(messages(context.lang).site.errors.assetsMissing);
  }
}

/**
 * The runtime a page's text may depend on besides mou's own build: sorting and some names come from the
 * ICU data of Node, which another Node may carry in another version.
 */
const runtime = () => {
  const { node, icu, unicode, cldr } = process.versions;
  return JSON.stringify({ node, icu, unicode, cldr });
};

/**
 * Reads the agreements and writes the site. Without agendas, the pages of each agreement are made (by a
 * second thread, for a large portfolio) while the rest are still read, so the site's folder is made first;
 * agendas need every agreement before any page can link to them, so then the agreements are read first.
 */
export async function site(options: SiteCommandOptions, context: Context): Promise<CommandOutput> {
  const errors = messages(context.lang).site.errors;
  // An empty -o would be the working folder; an empty --title, a page without a name.
  if (options.output.trim() === "") throw new UsageError(errors.emptyOption({ option: "-o" }));
  if (options.title !== undefined && options.title.trim() === "")
    throw new UsageError(errors.emptyOption({ option: "--title" }));
  const formats = agendaFormats(options.agendas, context);
  const target = resolve(context.cwd, options.output);
  const langs: SiteLangs = { main: context.lang, langs: [context.lang, ...allLangs.filter((l) => l !== context.lang)] };
  const remind = context.config.remind === undefined ? {} : { remind: context.config.remind };
  const loadedFirst = formats.length === 0 ? undefined : await loadAgreements(context, "full", { digests: true });
  const agendas =
    loadedFirst === undefined
      ? undefined
      : await (await import("../../site/agendas.js")).makeAgendas(loadedFirst.agreements, {
          asOf: context.asOf,
          langs,
          formats,
          cwd: context.cwd,
          now: context.now,
          units: registry,
          ...remind,
        });
  const siteOptions: SiteOptions = {
    asOf: context.asOf,
    langs,
    units: registry,
    version,
    ...(CACHE_KEY !== undefined ? { build: `${CACHE_KEY} ${runtime()}` } : {}),
    ...remind,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(agendas ? { agendas: agendas.links } : {}),
  };
  const marker = { generator: "mou site", version, asOf: context.asOf, langs: langs.langs };
  const fixed: [string, string | Uint8Array][] = [
    ...(agendas?.files ?? []),
    ...(await assets(context)),
    [MARKER, `${JSON.stringify(marker, null, 2)}\n`],
  ];
  // The agreements folder is looked for first: a missing one is said before anything is made.
  const found = loadedFirst === undefined ? await agreementsFolder(context.dir, context.cwd, context.lang) : undefined;
  let loaded = loadedFirst;
  const fill = async (
    folder: string,
    previous: string | undefined,
    beforeRemoval: (stop: () => Promise<void>) => void,
  ) => {
    const stream = new PageStream(folder, previous, siteOptions, context.threads);
    beforeRemoval(() => stream.abort());
    try {
      if (loadedFirst !== undefined) for (const a of loadedFirst.agreements) stream.add(a);
      else
        loaded = await loadAgreements(context, "full", { each: (a) => stream.add(a), digests: true, found }).catch(
          (error: unknown) => {
            throw new NotWriting(error);
          },
        );
      const records = await stream.finish();
      writeAll(folder, [...fixed, [PAGES, recordsText(records)]], previous);
    } catch (error) {
      await stream.abort();
      throw error;
    }
  };
  const shown = displayPath(context.cwd, target);
  await writeSite(target, fill, {
    force: options.force === true,
    protect: [context.cwd, resolve(context.cwd, context.dir)],
    shown,
    texts: errors,
    why: (code) => messages(context.lang).access.reason({ code }),
  });
  return withSkipped(`${join(shown, "index.html")}\n`, loaded!, context.lang);
}
