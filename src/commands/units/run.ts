import type { Context } from "../../context.js";
import { unitsAsOf } from "../../core/parties/units.js";
import { registry } from "../../data-units.js";
import { type Listing, renderTable } from "../../format/listing.js";
import type { CommandOutput } from "../types.js";

/** The registry of provincial-level units as of a date, with what took over each closed code. */
export function units(options: { format: "table" | "json" }, context: Context): CommandOutput {
  const list = unitsAsOf(registry, context.asOf);
  if (options.format === "json")
    return { stdout: `${JSON.stringify({ asOf: context.asOf, units: list }, null, 2)}\n`, exitCode: 0 };
  const vi = context.lang === "vi";
  const byCode = new Map(list.map((u) => [u.code, u]));
  const listing: Listing = {
    columns: [
      { header: vi ? "Mã" : "Code" },
      { header: vi ? "Tên" : "Name" },
      { header: vi ? "Loại" : "Kind" },
      { header: vi ? "Hiện trạng" : "Now" },
    ],
    rows: list.map((u) => [
      { text: u.code },
      { text: u.name },
      { text: u.kind === "city" ? (vi ? "thành phố" : "city") : vi ? "tỉnh" : "province" },
      u.current
        ? {
            text: u.since
              ? vi
                ? `đang dùng, tên này từ ${u.since}`
                : `in use, this name since ${u.since}`
              : vi
                ? "đang dùng"
                : "in use",
          }
        : {
            text: vi
              ? `nhập vào ${u.successor} ${byCode.get(u.successor!)?.name ?? ""} từ ${u.since}`
              : `merged into ${u.successor} ${byCode.get(u.successor!)?.name ?? ""} on ${u.since}`,
            tone: "dim",
          },
    ]),
    empty: "",
  };
  const current = list.filter((u) => u.current).length;
  const summary = vi
    ? `${current} đơn vị đang dùng, ${list.length - current} mã đã đóng (ngày ${context.asOf})`
    : `${current} units in use, ${list.length - current} codes closed (as of ${context.asOf})`;
  return { stdout: `${renderTable(listing, context.chalk, context.width) + summary}\n`, exitCode: 0 };
}
