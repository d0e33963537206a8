import type { Context } from "../../context.js";
import { unitsAsOf } from "../../core/parties/units.js";
import { registry } from "../../data-units.js";
import { type Listing, renderTable } from "../../format/listing.js";
import { messages } from "../../i18n/index.js";
import type { CommandOutput } from "../types.js";

/** The registry of provincial-level units as of a date, with what took over each closed code. */
export function units(options: { format: "table" | "json" }, context: Context): CommandOutput {
  const list = unitsAsOf(registry, context.asOf);
  if (options.format === "json")
    return { stdout: `${JSON.stringify({ asOf: context.asOf, units: list }, null, 2)}\n`, exitCode: 0 };
  const h = messages(context.lang).tables.units;
  const byCode = new Map(list.map((u) => [u.code, u]));
  const listing: Listing = {
    columns: [
      { header: h.code },
      { header: h.name, wrap: true },
      { header: h.kind, drop: 1 },
      { header: h.now, wrap: true },
    ],
    rows: list.map((u) => [
      { text: u.code },
      { text: u.name },
      { text: u.kind === "city" ? h.city : h.province },
      u.current
        ? { text: u.since ? h.inUseSince({ since: u.since }) : h.inUse }
        : {
            text: h.mergedInto({ code: u.successor!, name: byCode.get(u.successor!)?.name ?? "", since: u.since! }),
            tone: "dim",
          },
    ]),
    empty: "",
  };
  const current = list.filter((u) => u.current).length;
  const summary = h.summary({ current, closed: list.length - current, asOf: context.asOf });
  return { stdout: `${renderTable(listing, context.chalk, context.width) + summary}\n`, exitCode: 0 };
}
