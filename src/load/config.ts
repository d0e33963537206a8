import { join } from "node:path";
import configSchema from "../../schemas/config.schema.json";
import { parseDuration, withinDurationLimit } from "../core/schedule/duration.js";
import { formatMessage } from "../core/validation/messages.js";
import { paramsInWords } from "../core/validation/path-words.js";
import { schemaFindings } from "../core/validation/schema-findings.js";
import { UsageError } from "../errors.js";
import type { MouConfig } from "../generated/config.js";
import validateConfig from "../generated/validate-config.cjs";
import { DEFAULT_LANG, type Lang, messages } from "../i18n/index.js";
import { decode } from "./decode.js";
import { locate } from "./locate.js";
import { ReadProblem, readRegularFile, TooLarge } from "./read-file.js";
import { Lines } from "./yaml/lines.js";
import { readYaml } from "./yaml/read.js";

export const CONFIG_FILE = "mou.config.yaml";
/** A configuration is four short lines; anything near this size is not one. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export type Config = MouConfig;

/**
 * Reads `mou.config.yaml` from the working folder, if there is one. A broken configuration stops every
 * command (exit 2) with the first problem and its position.
 */
export async function loadConfig(cwd: string, lang: Lang = DEFAULT_LANG): Promise<Config> {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(join(cwd, CONFIG_FILE), MAX_CONFIG_BYTES);
  } catch (error) {
    if (error instanceof ReadProblem && error.reason.code === "ENOENT") return {};
    const reason =
      error instanceof ReadProblem
        ? messages(lang).access.unreadable(error.reason)
        : error instanceof TooLarge
          ? formatMessage("file/too-large", { size: error.size, limit: MAX_CONFIG_BYTES }, lang)
          : String(error);
    throw new UsageError(messages(lang).access.configUnreadable({ file: CONFIG_FILE, reason }));
  }
  const decoded = decode(bytes);
  if (!decoded.ok)
    throw new UsageError(
      `${CONFIG_FILE}:${decoded.line}:${decoded.column}: ${formatMessage(decoded.code, decoded.params, lang)}`,
    );
  const { tree, value, problems } = readYaml(decoded.text);
  const lines = new Lines(decoded.text);
  const problem = problems.find((p) => p.code !== "yaml/warning" && p.code !== "file/empty");
  if (problem) {
    const { line, col } = lines.linePos(problem.offset);
    throw new UsageError(`${CONFIG_FILE}:${line}:${col}: ${formatMessage(problem.code, problem.params, lang)}`);
  }
  if (value === undefined || value === null) return {};
  if (validateConfig(value)) {
    // A reminder longer than a century would carry dates off the calendar, as in an agreement's review.
    const { remind } = value as Config;
    const duration = remind === undefined ? undefined : parseDuration(remind);
    if (duration === undefined || withinDurationLimit(duration)) return value as Config;
    const code = "rule/duration-too-long";
    const { line, col } = lines.linePos(locate(tree, ["remind"], "value"));
    throw new UsageError(`${CONFIG_FILE}:${line}:${col}: ${formatMessage(code, { value: remind! }, lang)} (${code})`);
  }
  const [first] = schemaFindings(validateConfig.errors ?? [], value, configSchema);
  if (!first) throw new UsageError(messages(lang).access.configInvalid({ file: CONFIG_FILE }));
  const { line, col } = lines.linePos(locate(tree, first.path, first.at));
  const message = formatMessage(first.code, paramsInWords(first, value, lang), lang);
  throw new UsageError(`${CONFIG_FILE}:${line}:${col}: ${message} (${first.code})`);
}
