import { Option } from "commander";
import { reviewStates } from "../../core/model/enums.js";
import { dueFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerDue: Register = (program, action) => {
  program
    .command("due")
    .description("next review of each agreement, soonest first")
    .option("--within <duration>", "only reviews due within this period from today (overdue ones included), e.g. P90D")
    .addOption(new Option("--state <state>", "only reviews in this state").choices(reviewStates))
    .addOption(formatOption(dueFormats, "table"))
    .addHelpText(
      "after",
      examples([
        "mou due",
        "mou due --within P6M",
        "mou due --state overdue --format json",
        "mou due --format ics > reviews.ics",
        "mou due --as-of 2026-01-01 --lang en",
      ]),
    )
    .action(action(async () => (await import("./run.js")).due));
};
