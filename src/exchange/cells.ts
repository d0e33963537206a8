import { dateFromDayMonthYear, isCalendarDate } from "../core/schedule/dates.js";

/**
 * A cell's value as the import sees it, whichever program saved the workbook: Excel, LibreOffice and
 * other libraries store the same typed text, number or date in different ways.
 */
export type Cell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; iso: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; text: string };

const EMPTY: Cell = { kind: "empty" };

function fromDate(date: Date): Cell {
  if (Number.isNaN(date.getTime())) return { kind: "error", text: "#VALUE!" };
  // Spreadsheet dates carry no zone: the libraries hand them over as midnight UTC.
  const iso = date.toISOString().slice(0, 10);
  return isCalendarDate(iso) ? { kind: "date", iso } : { kind: "error", text: "#VALUE!" };
}

/** exceljs's value of a cell (text, number, Date, rich text, hyperlink, formula, error) as a Cell. */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return value.trim() === "" ? EMPTY : { kind: "text", text: value };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY;
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return fromDate(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return cellOf(v.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join(""));
    if ("formula" in v || "sharedFormula" in v)
      return "result" in v && v.result !== undefined ? cellOf(v.result) : { kind: "error", text: "=…" };
    if (typeof v.error === "string") return { kind: "error", text: v.error };
    if (typeof v.text === "string") return cellOf(v.text);
  }
  return { kind: "error", text: "?" };
}

/** The cell as text for a free-text column: numbers and dates as they were typed, trimmed; lines kept. */
export function cellText(cell: Cell): string | undefined {
  switch (cell.kind) {
    case "text": {
      const text = cell.text.replace(/\r\n?/g, "\n").trim();
      return text === "" ? undefined : text;
    }
    case "number":
      return String(cell.value);
    case "date":
      return cell.iso;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    default:
      return undefined;
  }
}

/** How a cell reads in a message: its text, or the error or date it holds. */
export function shown(cell: Cell): string {
  return cell.kind === "error" ? cell.text : (cellText(cell) ?? "");
}

// Excel counts days from 1899-12-30 (the 1900 leap-year bug folded in); 25569 is 1970-01-01.
const EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

/**
 * A date cell: a real spreadsheet date, a number that is one (a date whose format a program dropped), or
 * text written YYYY-MM-DD or day/month/year (30/6/2025, 30-06-2025, 30.6.2025). Undefined when none.
 */
export function cellDate(cell: Cell): string | undefined {
  if (cell.kind === "date") return cell.iso;
  if (cell.kind === "number") {
    // Only whole days from 1910 to 2199: a year typed as 2025 is not the 17th of July 1905.
    if (!Number.isInteger(cell.value) || cell.value < 3654 || cell.value > 109_574) return undefined;
    return new Date((cell.value - EPOCH_OFFSET) * DAY_MS).toISOString().slice(0, 10);
  }
  if (cell.kind !== "text") return undefined;
  const text = cell.text.trim();
  if (isCalendarDate(text)) return text;
  return dateFromDayMonthYear(text);
}

// Plain decimal notation, as `commitment set --actual` reads it: no thousands separators, no decimal comma.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number cell, or text that is plainly one ("12", "12.5"); undefined for anything else. */
export function cellNumber(cell: Cell): number | undefined {
  if (cell.kind === "number") return cell.value + 0;
  if (cell.kind !== "text") return undefined;
  const text = cell.text.trim();
  return NUMBER.test(text) ? Number(text) + 0 : undefined;
}
