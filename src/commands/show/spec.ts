import { showFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerShow: Register = (program, action) => {
  program
    .command("show")
    .description("one agreement: parties, dates, review rule and history, commitments, sources")
    .argument("<id>", "the agreement's id (its file name without .yaml)")
    .addOption(formatOption(showFormats, "text"))
    .addHelpText(
      "after",
      examples([
        "mou show nghe-an-quang-ngai-2023",
        "mou show nghe-an-quang-ngai-2023 --lang en",
        "mou show ba-ria-vung-tau-pbeg-2018 --format json",
      ]),
    )
    .action(action(async () => (await import("./run.js")).show));
};
