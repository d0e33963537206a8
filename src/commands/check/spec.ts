import { Option } from "commander";
import { failOnStates } from "../../core/model/enums.js";
import { reportFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerCheck: Register = (program, action) => {
  program
    .command("check")
    .description("validate and report review states, for CI: exit 1 on errors or on a review at --fail-on or worse")
    .argument("[paths...]", "files, folders or glob patterns (default: the agreements folder)")
    .addOption(
      new Option("--fail-on <state>", "the review state that fails the run").choices(failOnStates).default("overdue"),
    )
    .addOption(formatOption(reportFormats, "text"))
    .option("-q, --quiet", "errors only: leave out warnings")
    .addHelpText(
      "after",
      examples([
        "mou check",
        "mou check --fail-on due-soon",
        "mou check --format github",
        "mou check --format junit > mou-junit.xml",
      ]),
    )
    .action(action(async () => (await import("./run.js")).check));
};
