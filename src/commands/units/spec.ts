import { unitsFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerUnits: Register = (program, action) => {
  program
    .command("units")
    .description(
      "the provincial-level units by code, with the 2025 reorganisation: names, and what took over each closed code",
    )
    .addOption(formatOption(unitsFormats, "table"))
    .addHelpText("after", examples(["mou units", "mou units --as-of 2025-06-30", "mou units --format json"]))
    .action(action(async () => (await import("./run.js")).units));
};
