import { Option } from "commander";
import { failOnStates } from "../../core/model/enums.js";
import { reportFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerCheck: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.check;
  program
    .command("check")
    .description(h.description)
    .argument(`[${w.paths}...]`, h.paths)
    .addOption(new Option(`--fail-on <${w.state}>`, h.failOn).choices(failOnStates).default("overdue"))
    .addOption(formatOption(m, reportFormats, "text"))
    .option("-q, --quiet", h.quiet)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).check));
};
