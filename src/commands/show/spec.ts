import { showFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerShow: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.show;
  program
    .command("show")
    .description(h.description)
    .argument(`<${w.id}>`, h.id)
    .addOption(formatOption(m, showFormats, "text"))
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).show));
};
