import { Option } from "commander";
import { groupings } from "../../core/measures/groupings.js";
import { scorecardFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerScorecard: Register = (program, action, m) => {
  const h = m.help.scorecard;
  program
    .command("scorecard")
    .description(h.description)
    .addOption(new Option(`--by <${m.help.words.grouping}>`, h.by).choices(groupings).default("agreement"))
    .addOption(formatOption(m, scorecardFormats, "table"))
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).scorecard));
};
