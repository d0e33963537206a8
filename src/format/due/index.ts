import { ics } from "./ics.js";
import { json } from "./json.js";
import { csv, md, table } from "./listing.js";
import type { DueFormatter } from "./types.js";

/** The formats of `due`; the --format choices are derived from this map. */
export const dueFormatters = { table, json, csv, md, ics } satisfies Record<string, DueFormatter>;

export type DueFormat = keyof typeof dueFormatters;

export const dueFormats = Object.keys(dueFormatters) as DueFormat[];
