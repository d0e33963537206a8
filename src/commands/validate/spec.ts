import { reportFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerValidate: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.validate;
  program
    .command("validate")
    .description(h.description)
    .argument(`[${w.paths}...]`, h.paths)
    .addOption(formatOption(m, reportFormats, "text"))
    .option("-q, --quiet", h.quiet)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).validate));
};
