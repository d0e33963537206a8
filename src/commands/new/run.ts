import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Context } from "../../context.js";
import { agreementSkeleton } from "../../edit/skeleton.js";
import { UsageError } from "../../errors.js";
import { diagnosticLine } from "../../format/report/text.js";
import { checkFile } from "../../load/check.js";
import { displayPath, findAgreementFiles } from "../../load/files.js";
import { checkFiles } from "../../load/load-files.js";
import { packageRoot } from "../../load/package-root.js";
import { writeFileAtomic } from "../../load/write.js";
import { durationOption, parseDateOption } from "../options.js";
import type { CommandOutput } from "../types.js";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface NewOptions {
  title: string;
  signed: string;
  party?: string[];
  kind: string;
  every?: string;
  dryRun?: boolean;
}

/** Writes a new, valid agreement file with a commented skeleton; never overwrites. */
export async function newAgreement(id: string, options: NewOptions, context: Context): Promise<CommandOutput> {
  if (!ID.test(id))
    throw new UsageError(
      `"${id}" is not a valid agreement id: use lowercase letters a-z, digits and single ` +
        `hyphens, e.g. nghe-an-quang-ngai-2023`,
    );
  const signed = parseDateOption("--signed", options.signed, context.lang);
  durationOption("--every", options.every, "P1Y or P6M", context.lang);
  const parties = (options.party ?? []).map((spec) => {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*):(.+)$/.exec(spec);
    if (!m) throw new UsageError(`--party must be id:name, e.g. --party "nghe-an:Tỉnh Nghệ An", not "${spec}"`);
    return { id: m[1]!, name: m[2]!.trim() };
  });
  if (parties.length === 0) throw new UsageError('give at least one party: --party "nghe-an:Tỉnh Nghệ An"');

  const folder = resolve(context.cwd, context.dir);
  const path = join(folder, `${id}.yaml`);
  const file = displayPath(context.cwd, path);
  if (existsSync(path)) throw new UsageError(`${file} already exists; mou new never overwrites a file`);
  if (existsSync(folder)) {
    const others = await checkFiles(await findAgreementFiles([folder], context.cwd), context);
    const clash = others.find((r) => r.id?.value === id);
    if (clash) throw new UsageError(`the id "${id}" is already used by ${clash.file}`);
  }
  const text = agreementSkeleton({
    id,
    title: options.title,
    signed,
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
      stderr: errors.map((d) => `${diagnosticLine(d)}\n`).join(""),
      exitCode: 1,
    };
  }
  if (options.dryRun) return { stdout: text, exitCode: 0 };
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(path, text, { overwrite: false, lang: context.lang });
  return { stdout: `${file}\n`, exitCode: 0 };
}
