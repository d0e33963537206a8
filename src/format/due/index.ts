import type { DueFormat } from "../formats.js";
import { ics } from "./ics.js";
import { json } from "./json.js";
import { csv, md, table, tableTo } from "./listing.js";
import type { DueFormatter } from "./types.js";

/** The formats of `due`. */
export const dueFormatters = { table, json, csv, md, ics } satisfies Record<DueFormat, DueFormatter>;

/** The table as it is written (see `LongText`). */
export const dueTable = tableTo;

export type { DueFormat };
