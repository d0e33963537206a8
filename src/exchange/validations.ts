import type ExcelJS from "exceljs";
import { commitmentStatuses } from "../core/model/enums.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import type { Column } from "./layout.js";

/** A calendar date as the spreadsheet date of that day (spreadsheets keep no zone: midnight UTC). */
export const dateValue = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** What the cells to fill in accept: a status from the drop-down, a number, a date; with prompts that say so. */
export function validations(lang: Lang) {
  const v = messages(lang).exchange.validation;
  const labels = commitmentStatuses.map((s) => messages(lang).exchange.statusChoices[s]);
  return {
    newStatus: {
      type: "list",
      allowBlank: true,
      formulae: [`"${labels.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.statusTitle,
      error: v.statusError,
      showInputMessage: true,
      promptTitle: v.statusTitle,
      prompt: v.statusPrompt,
    },
    actual: {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.numberTitle,
      error: v.numberError,
      showInputMessage: true,
      promptTitle: v.numberTitle,
      prompt: v.numberPrompt,
    },
    // A warning only: where Excel's regional settings do not read 30/06/2025 as a date, the text still
    // comes through, and mou import reads it.
    date: {
      type: "date",
      operator: "between",
      allowBlank: true,
      formulae: [dateValue("1990-01-01"), dateValue("2199-12-31")],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: v.dateTitle,
      error: v.dateError,
      showInputMessage: true,
      promptTitle: v.dateTitle,
      prompt: v.datePrompt,
    },
  } satisfies Partial<Record<Column, ExcelJS.DataValidation>>;
}
