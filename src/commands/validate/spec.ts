import { reportFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerValidate: Register = (program, action) => {
  program
    .command("validate")
    .description("check agreement files against the schema and the rules")
    .argument("[paths...]", "files, folders or glob patterns (default: the agreements folder)")
    .addOption(formatOption(reportFormats, "text"))
    .option("-q, --quiet", "errors only: leave out warnings")
    .addHelpText(
      "after",
      examples([
        "mou validate",
        "mou validate agreements/nghe-an-quang-ngai-2023.yaml",
        "mou validate --format github",
        "mou validate --quiet                       # errors only",
        "mou validate --format sarif > mou.sarif    # for GitHub code scanning",
        "mou validate 'agreements/**/*.yaml' --format junit > report.xml",
      ]),
    )
    .action(action(async () => (await import("./run.js")).validate));
};
