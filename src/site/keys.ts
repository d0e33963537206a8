import { createHash } from "node:crypto";
import type { AgreementFile } from "../core/model/agreement.js";
import type { Lang } from "../i18n/lang.js";
import type { SiteOptions } from "./build.js";
import type { Page } from "./paths.js";

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

// JSON writes NaN and the infinities as null and -0 as 0: they are told apart here, so that two different
// agreements can never share a digest.
const exact = (_key: string, value: unknown) =>
  typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0)) ? `\u0000${String(value)}` : value;

/** A digest of everything an agreement's pages read from its file: the path and the agreement. */
function agreementDigest(file: AgreementFile): string | undefined {
  try {
    return sha1(`${file.file}\u0000${JSON.stringify(file.agreement, exact)}`);
  } catch {
    // A value JSON cannot carry (a bigint): the pages are made afresh every time.
    return undefined;
  }
}

export type PageKeys = (lang: Lang, page: Page) => string;

/**
 * The key of each page: a digest of everything the page is made from — the build of mou, every option,
 * the language, the agreements it shows — so that a page of the previous site recorded under the same key
 * is the very page this run would make, and need not be made. Without a build (running from source, whose
 * code may change between runs) or with an agreement that cannot be digested, pages have no key.
 */
export function pageKeys(files: readonly AgreementFile[], options: SiteOptions): PageKeys | undefined {
  if (options.build === undefined) return undefined;
  const digests = files.map(agreementDigest);
  if (digests.some((d) => d === undefined)) return undefined;
  // Two agreements with the same id would share a page; the loader refuses them, and so do the keys.
  const byId = new Map(files.map((f, i) => [f.agreement.id, digests[i]!]));
  if (byId.size !== files.length) return undefined;
  // Every option but the agendas, which are keyed by language and agreement, and the unit registry, which
  // is part of the build. An option added later enters the key by itself.
  const { agendas, units: _units, ...rest } = options;
  const common = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
  const all = digests.join(" ");
  const agendasOf = (lang: Lang) => JSON.stringify([...(agendas?.get(lang) ?? new Map())].sort());
  const shared = new Map<Lang, string>();
  return (lang, page) => {
    let whole = shared.get(lang);
    if (whole === undefined) {
      whole = `${common}\u0000${lang}\u0000${agendasOf(lang)}`;
      shared.set(lang, whole);
    }
    if (page.kind !== "agreement") return sha1(`${whole}\u0000${page.kind}\u0000${all}`);
    const one = JSON.stringify(agendas?.get(lang)?.get(page.id) ?? []);
    return sha1(`${common}\u0000${lang}\u0000agreement\u0000${page.id}\u0000${one}\u0000${byId.get(page.id)}`);
  };
}
