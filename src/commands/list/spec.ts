import { listFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerList: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.list;
  program
    .command("list")
    .description(h.description)
    .option(`--unit <${w.unit}>`, h.unit)
    .addOption(formatOption(m, listFormats, "table"))
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).list));
};
