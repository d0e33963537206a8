import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../core/validation/diagnostic.js";
import type { Lang } from "../../i18n/lang.js";

/** What `validate` (and later `check`) found, ready to format. */
export interface ValidationReport {
  /** Every file that was checked, as shown to the user. */
  files: readonly string[];
  diagnostics: readonly Diagnostic[];
  /** File texts, for code frames. */
  sources: ReadonlyMap<string, string>;
}

export interface ReportOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Show the offending source lines under each diagnostic (on a terminal). */
  frames: boolean;
  /** mou's own version, for formats that name the tool (SARIF). */
  version: string;
}

export type ReportFormatter = (report: ValidationReport, options: ReportOptions) => string;
