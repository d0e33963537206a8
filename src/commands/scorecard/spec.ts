import { Option } from "commander";
import { groupings } from "../../core/measures/groupings.js";
import { scorecardFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerScorecard: Register = (program, action) => {
  program
    .command("scorecard")
    .description("how the whole portfolio is doing: points by status, indicators on or off track, reviews held and due")
    .addOption(
      new Option("--by <grouping>", "one row per agreement, lead party, provincial unit, lead agency or sector")
        .choices(groupings)
        .default("agreement"),
    )
    .addOption(formatOption(scorecardFormats, "table"))
    .addHelpText(
      "after",
      examples([
        "mou scorecard",
        "mou scorecard --by unit --as-of 2025-12-31",
        "mou scorecard --by agency --format csv > tien-do.csv",
        "mou scorecard --format json",
      ]),
    )
    .action(action(async () => (await import("./run.js")).scorecard));
};
