import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { text } from "./text.js";
import type { ReportFormatter } from "./types.js";

/** The formats of `validate` and `check`; the --format choices are derived from this map. */
export const reportFormatters = { text, json, github, junit } satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof reportFormatters;

export const reportFormats = Object.keys(reportFormatters) as ReportFormat[];
