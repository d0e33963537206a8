import type { ReportFormat } from "../formats.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { text } from "./text.js";
import type { ReportFormatter } from "./types.js";

/** The formats of `validate` and `check`. */
export const reportFormatters = { text, json, github, junit, sarif } satisfies Record<ReportFormat, ReportFormatter>;

export type { ReportFormat };
