import { diagnosticLine } from "../format/report/text.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import type { LoadedAgreements } from "../load/load-agreements.js";
import type { CommandOutput } from "./types.js";

/**
 * A listing command's output with the invalid files it skipped: their errors go to stderr, one line
 * each, and the exit code becomes 1.
 */
export function withSkipped(
  stdout: CommandOutput["stdout"],
  loaded: Pick<LoadedAgreements, "skipped" | "skippedFiles">,
  lang: Lang,
): CommandOutput {
  if (loaded.skippedFiles === 0) return { stdout, exitCode: 0 };
  const lines = loaded.skipped.map((d) => diagnosticLine(d, lang));
  const n = loaded.skippedFiles;
  lines.push(messages(lang).common.skipped({ count: n }));
  return { stdout, stderr: `${lines.join("\n")}\n`, exitCode: 1 };
}
