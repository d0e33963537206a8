import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Context } from "../../context.js";
import { partyTypes } from "../../core/model/enums.js";
import { placeName } from "../../core/parties/names.js";
import { slugify } from "../../core/text/fold.js";
import { agreementSkeleton } from "../../edit/skeleton.js";
import { UsageError } from "../../errors.js";
import { diagnosticLine } from "../../format/report/text.js";
import { messages } from "../../i18n/index.js";
import { checkFile } from "../../load/check.js";
import { displayPath, findAgreementFiles } from "../../load/files.js";
import { checkFiles } from "../../load/load-files.js";
import { packageRoot } from "../../load/package-root.js";
import { writeFileAtomic } from "../../load/write.js";
import { durationOption, parseDateOption } from "../options.js";
import type { CommandOutput } from "../types.js";

type PartyType = (typeof partyTypes)[number];

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface NewOptions {
  title: string;
  signed?: string;
  party?: string[];
  kind: string;
  every?: string;
  dryRun?: boolean;
}

/** The kind of party a name says it is: a Vietnamese province or centrally-run city, when it plainly says so. */
function typeFromName(name: string): PartyType | undefined {
  // "Chính quyền tỉnh Attapeu (Lào)", "…, nước CHDCND Lào": a foreign province; let the user say so.
  if (/[(,]/.test(name)) return undefined;
  const body = String.raw`(?:(?:[ỦU][ỷy] ban nhân dân|UBND|Chính quyền)\s+)?`;
  if (new RegExp(`^${body}tỉnh\\s`, "iu").test(name)) return "province";
  if (new RegExp(`^${body}(?:thành phố|TP\\.)\\s*`, "iu").test(name)) return "city";
  return undefined;
}

/** A --party value: "id:name" or "id:name:type"; the type may be left out when the name says it. */
function parseParty(spec: string, lang: Context["lang"]): { id: string; name: string; type: PartyType } {
  const m = messages(lang).create;
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*):(.+?)(?::([a-z-]+))?$/.exec(spec);
  if (!match) {
    const name = spec.includes(":") ? spec.slice(spec.indexOf(":") + 1) : spec;
    const example = `${slugify(placeName(name)) || "nghe-an"}:${name.trim() || "Tỉnh Nghệ An"}`;
    throw new UsageError(m.partyForm({ spec, example }));
  }
  const [, id, rawName, given] = match;
  const name = rawName!.trim();
  const type = (partyTypes as readonly string[]).includes(given ?? "") ? (given as PartyType) : typeFromName(name);
  if (type === undefined) throw new UsageError(m.partyType({ spec, types: partyTypes.join(", ") }));
  return { id: id!, name, type };
}

/** Writes a new, valid agreement file with a commented skeleton; never overwrites. */
export async function newAgreement(id: string, options: NewOptions, context: Context): Promise<CommandOutput> {
  const m = messages(context.lang).create;
  if (!ID.test(id)) throw new UsageError(m.invalidId({ id, suggestion: slugify(id) }));
  const signed = options.signed === undefined ? undefined : parseDateOption("--signed", options.signed, context);
  durationOption("--every", options.every, context.lang);
  const parties = (options.party ?? []).map((spec) => parseParty(spec, context.lang));
  if (parties.length === 0) throw new UsageError(m.needParty);

  const folder = resolve(context.cwd, context.dir);
  const path = join(folder, `${id}.yaml`);
  const file = displayPath(context.cwd, path);
  if (existsSync(path)) throw new UsageError(m.exists({ file }));
  if (existsSync(folder)) {
    const others = await checkFiles(await findAgreementFiles([folder], context.cwd, context.lang), context);
    const clash = others.find((r) => r.id?.value === id);
    if (clash) throw new UsageError(m.idUsed({ id, file: clash.file }));
  }
  const text = agreementSkeleton({
    id,
    title: options.title,
    ...(signed !== undefined ? { signed } : {}),
    kind: options.kind,
    parties,
    ...(options.every !== undefined ? { every: options.every } : {}),
    schemaPath: relative(folder, join(packageRoot(), "schemas", "agreement.schema.json"))
      .split("\\")
      .join("/"),
    lang: context.lang,
  });
  const result = checkFile(file, new TextEncoder().encode(text), { asOf: context.asOf, lang: context.lang });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    return {
      stdout: "",
      stderr: errors.map((d) => `${diagnosticLine(d, context.lang)}\n`).join(""),
      exitCode: 1,
    };
  }
  if (options.dryRun) return { stdout: text, exitCode: 0 };
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(path, text, { overwrite: false, lang: context.lang });
  return { stdout: `${file}\n`, exitCode: 0 };
}
