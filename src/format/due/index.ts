import type { DueFormat } from "../formats.js";
import { ics } from "./ics.js";
import { json } from "./json.js";
import { csv, md, table } from "./listing.js";
import type { DueFormatter } from "./types.js";

/** The formats of `due`. */
export const dueFormatters = { table, json, csv, md, ics } satisfies Record<DueFormat, DueFormatter>;

export type { DueFormat };
