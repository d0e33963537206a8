type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; did you mean ${q(p.suggestion)}?`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `mou export` and `mou import`: the workbook's words, and every refusal of a workbook that comes back. */
export const exchange = {
  headers: {
    agreement: "Agreement",
    point: "Point",
    title: "Commitment",
    lead: "Lead",
    support: "Support",
    due: "Due",
    current: "Current status",
    newStatus: "New status",
    note: "Progress",
    actual: "Value reached",
    date: "As of",
    reporter: "Reported by",
  },
  /** The status drop-down: one label per status, as an officer picks it. */
  statusChoices: {
    "not-started": "Not started",
    "in-progress": "In progress",
    done: "Done",
    stalled: "Stalled",
    dropped: "Dropped",
  },
  indicatorTitle: (p: P) => `Indicator: ${p.title} (${p.unit})`,
  indicatorCurrent: (p: P) =>
    `from ${p.baseline} to ${p.target} ${p.unit}` +
    (p.latest === undefined ? "; no value yet" : `; reached ${p.latest} (${p.latestDate})`),
  noLead: "No lead",
  validation: {
    statusTitle: "New status",
    statusPrompt: "Pick the status from the list, or leave the cell empty when nothing changed.",
    statusError: "Pick one of the statuses in the list.",
    numberTitle: "Value reached",
    numberPrompt: "A number in the indicator's unit, e.g. 12 or 1.5.",
    numberError: "Write a number (digits, with the decimal separator of your Excel).",
    dateTitle: "As of",
    datePrompt: "The date the information refers to, day/month/year; empty means the day it is imported.",
    dateError: "Write a date as day/month/year, e.g. 30/06/2025.",
  },
  instructions: {
    sheet: "Instructions",
    title: "PROGRESS UPDATE OF COOPERATION AGREEMENTS",
    asOf: (p: P) => `Information as of ${p.date}, made with mou export.`,
    steps: [
      "Each sheet holds an agreement (or a lead department); each row is a point of it, and the “Indicator” rows " +
        "under a point are how its results are measured.",
      "Fill in the white columns only: New status (pick from the list), Progress, Value reached (indicator rows " +
        "only, as a number), As of (day/month/year) and Reported by.",
      "The grey columns show what is recorded now: do not change them. Leave a row empty when nothing changed.",
      "Do not rename, insert or delete columns; rows may be filtered.",
      "Send this file back as it is (.xlsx): do not save it as .xls or .csv.",
    ],
    sheetsTitle: "Sheets",
    sheetColumns: { sheet: "Sheet", holds: "Holds", rows: "Points" },
  },
  exportFile: (p: P) => `updates-${p.date}.xlsx`,
  exported: (p: P) =>
    `${p.file}: ${plural(Number(p.points), "point")} on ${plural(Number(p.sheets), "sheet")}, for mou import`,
  nothingToExport: "no commitment matches the filters: nothing to export",
  /** Refusals of the file given to mou import (exit 2): it is not a workbook made by mou export. */
  file: {
    notFound: (p: P) => `${p.file}: no such file`,
    unreadable: (p: P) => `${p.file}: cannot be read (${p.reason})`,
    notRegular: (p: P) => `${p.file} is not a file (a folder, a device or a pipe)`,
    tooLarge: (p: P) => `${p.file}: ${p.size} is too large for a workbook of updates (at most ${p.limit})`,
    csv: (p: P) =>
      `${p.file} is text (CSV), not the workbook made by mou export: open the .xlsx file that was sent out, ` +
      "fill it in and save it as .xlsx",
    xls: (p: P) =>
      `${p.file} is an old Excel 97–2003 workbook (.xls): save it as an Excel Workbook (.xlsx) and import that`,
    encrypted: (p: P) => `${p.file} is protected with a password: open it, remove the password and save it again`,
    ods: (p: P) =>
      `${p.file} is an OpenDocument spreadsheet (.ods): save it as an Excel Workbook (.xlsx) and import that`,
    notXlsx: (p: P) => `${p.file} is not an Excel workbook (.xlsx)`,
    broken: (p: P) => `${p.file} is a damaged workbook (${p.reason})`,
    truncated: (p: P) => `${p.file} is incomplete (cut short when it was copied or sent?): ask for it again`,
    notOurs: (p: P) =>
      `${p.file} was not made by mou export: none of its sheets has the hidden ${q(p.column)} column ` +
      "(make the workbook with mou export --format xlsx)",
    newer: (p: P) => `${p.file} was made by a newer mou (workbook format ${p.version}); update mou to import it`,
  },
  /** Refusals of a cell, a row or an agreement file (exit 1); each names where. */
  problems: {
    missingColumn: (p: P) => `the sheet has no ${q(p.column)} column; put the column back as it was exported`,
    noKey: "this row has no hidden key: rows added by hand cannot be imported; write the update on the point's row",
    badKey: (p: P) => `the hidden key ${q(p.key)} was changed; export the workbook again`,
    unknownAgreement: (p: P) => `no agreement ${q(p.id)} in the agreements folder${hint(p)}`,
    invalidAgreement: (p: P) => `the file of agreement ${q(p.id)} is invalid now; fix it first (mou validate)`,
    unknownCommitment: (p: P) => `agreement ${q(p.agreement)} has no point ${q(p.commitment)} any more`,
    unknownIndicator: (p: P) =>
      `point ${q(p.commitment)} of ${q(p.agreement)} has no indicator ${q(p.indicator)} any more`,
    unknownStatus: (p: P) => `${q(p.value)} is not a status${hint(p)} (the statuses: ${p.choices})`,
    badDate: (p: P) => `${q(p.value)} is not a real date; write day/month/year, e.g. 30/06/2025`,
    dateAfterToday: (p: P) => `${p.date} is after today (${p.asOf}): only what has already happened is recorded`,
    dateBeforeStart: (p: P) => `${p.date} is before the agreement took effect (${p.start})`,
    notANumber: (p: P) =>
      `${q(p.value)} is not a number; write digits only, e.g. 1500 or 12.5, without units or thousands separators`,
    outOfRange: (p: P) => `${p.value} is out of range: values lie between -10^15 and 10^15`,
    notApplicable: (p: P) =>
      p.kind === "indicator"
        ? `${q(p.column)} belongs to a point's row, not to an indicator's`
        : `${q(p.column)} belongs to an indicator's row, not to a point's`,
    needsValue: "write the value reached: a note alone is not recorded for an indicator",
    cellError: (p: P) => `the cell holds ${q(p.value)} instead of a value`,
    controlCharacter: "the text holds a control character; type it again",
    tooLong: (p: P) => `the text is ${p.length} characters long; keep it under ${p.limit}`,
    conflicting: (p: P) => `this point is also on ${p.other} with a different update; keep one of them`,
    fileChanged: (p: P) =>
      `changed since the workbook was exported (${p.exported}); its ${plural(Number(p.rows), "row")} ` +
      `(${p.cells}) were not applied: ` +
      (p.points === ""
        ? "the points they answer did not change, only others: look with --dry-run --force, then apply with --force"
        : `point ${p.points} changed too: export again, or apply them to the file as it is now with --force`),
    invalidResult: (p: P) => `the update would make the file invalid: ${p.message}`,
    cannotApply: (p: P) => `the update cannot be applied: ${p.message}`,
  },
  changedWhileImporting: "changed on disk while mou import was running; run it again",
  refused: (p: P) => `mou: nothing written: ${plural(Number(p.count), "problem")} in ${p.file}`,
  dryRun: (p: P) =>
    `dry run: ${plural(Number(p.files), "file")} would change (${plural(Number(p.rows), "row")}); nothing written`,
  written: (p: P) =>
    `written: ${p.names === "" ? plural(Number(p.count), "file") : p.names} (${plural(Number(p.rows), "row")})`,
  nothing: (p: P) => `nothing to change: no row of ${p.file} has a new value`,
  alreadyApplied: (p: P) => `${plural(Number(p.count), "row")} already recorded, left as they are`,
  partial: (p: P) =>
    `mou: stopped: ${p.file} was not written (${p.reason}); ` +
    (p.written === "" ? "nothing was written" : `already written: ${p.written}`) +
    "; run mou import again to apply the rest",
};
