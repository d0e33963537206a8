import { Option } from "commander";
import { reviewStates } from "../../core/model/enums.js";
import { dueFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerDue: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.due;
  program
    .command("due")
    .description(h.description)
    .option(`--within <${w.duration}>`, h.within)
    .addOption(new Option(`--state <${w.state}>`, h.state).choices(reviewStates))
    .addOption(formatOption(m, dueFormats, "table"))
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).due));
};
