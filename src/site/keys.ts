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
export function agreementDigest(file: AgreementFile): string | undefined {
  try {
    return sha1(`${file.file}\u0000${JSON.stringify(file.agreement, exact)}`);
  } catch {
    // A value JSON cannot carry (a bigint): the pages are made afresh every time.
    return undefined;
  }
}

/**
 * The same for an agreement whose file's bytes have the digest `bytes`: the path and the bytes say all the
 * agreement holds (the build, which reads them, is part of every key), and hashing them is much cheaper
 * than writing the agreement out as JSON.
 */
export const fileDigest = (file: string, bytes: string): string => sha1(`${file}\u0000${bytes}`);

export type PageKeys = (lang: Lang, page: Page) => string;

/** Every option but the agendas, which are keyed by language and agreement, and the unit registry, which
 * is part of the build. An option added later enters the key by itself. */
function commonPart(options: SiteOptions): string {
  const { agendas: _agendas, units: _units, ...rest } = options;
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The key of an agreement's page, from the agreement's digest alone (see `pageKeys`): what a thread that
 * sees one agreement at a time can work out. None without a build.
 */
export function agreementKeys(options: SiteOptions): ((lang: Lang, id: string, digest: string) => string) | undefined {
  if (options.build === undefined) return undefined;
  const common = commonPart(options);
  return (lang, id, digest) => {
    const one = JSON.stringify(options.agendas?.get(lang)?.get(id) ?? []);
    return sha1(`${common}\u0000${lang}\u0000agreement\u0000${id}\u0000${one}\u0000${digest}`);
  };
}

/**
 * The key of each page: a digest of everything the page is made from — the build of mou, every option,
 * the language, the agreements it shows — so that a page of the previous site recorded under the same key
 * is the very page this run would make, and need not be made. `digests` are the agreements' (see
 * `agreementDigest`), when they were worked out already. Without a build (running from source, whose
 * code may change between runs) or with an agreement that cannot be digested, pages have no key.
 */
export function pageKeys(
  files: readonly AgreementFile[],
  options: SiteOptions,
  digests: readonly (string | undefined)[] = options.build === undefined ? [] : files.map(agreementDigest),
): PageKeys | undefined {
  const ofAgreement = agreementKeys(options);
  if (ofAgreement === undefined) return undefined;
  if (digests.some((d) => d === undefined)) return undefined;
  // Two agreements with the same id would share a page; the loader refuses them, and so do the keys.
  const byId = new Map(files.map((f, i) => [f.agreement.id, digests[i]!]));
  if (byId.size !== files.length) return undefined;
  const common = commonPart(options);
  const all = digests.join(" ");
  const agendasOf = (lang: Lang) => JSON.stringify([...(options.agendas?.get(lang) ?? new Map())].sort());
  const shared = new Map<Lang, string>();
  return (lang, page) => {
    if (page.kind === "agreement") return ofAgreement(lang, page.id, byId.get(page.id)!);
    let whole = shared.get(lang);
    if (whole === undefined) {
      whole = `${common}\u0000${lang}\u0000${agendasOf(lang)}`;
      shared.set(lang, whole);
    }
    return sha1(`${whole}\u0000${page.kind}\u0000${all}`);
  };
}
