import { unitsFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerUnits: Register = (program, action, m) => {
  const h = m.help.units;
  program
    .command("units")
    .description(h.description)
    .addOption(formatOption(m, unitsFormats, "table"))
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).units));
};
