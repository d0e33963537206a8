import { implementationReportFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerReport: Register = (program, action) => {
  program
    .command("report")
    .description("the implementation report of an agreement (báo cáo kết quả thực hiện), in Markdown or PDF")
    .argument("<id>", "the agreement's id")
    .option("--review <n>", "the review the report is for (default: the next one); the period is the one it covers")
    .option("--from <date>", "start of the period (default: the previous review held, else the signing)")
    .option("--to <date>", "end of the period (default: today, or the day the --review was held)")
    .option("--party <id>", "the reporting party (default: the first province or city)")
    .option("--place <text>", "the place of the place-and-date line (default: the reporting party's short name)")
    .option("--issuer <text>", "the issuing body in the title block (default: its People's Committee)")
    .addOption(
      formatOption(
        implementationReportFormats,
        "md",
        "md (to stdout unless -o) or pdf (to -o, else <id>-report-<date>.pdf)",
      ),
    )
    .option("-o, --output <file>", "write to this file instead")
    .option("--template <file>", "a Handlebars template of your own; it drives both the Markdown and the PDF")
    .option("--force", "replace the output file if it exists")
    .addHelpText(
      "after",
      examples([
        "mou report nghe-an-quang-ngai-2023",
        "mou report nghe-an-quang-ngai-2023 --format pdf --party quang-ngai",
        "mou report ba-ria-vung-tau-pbeg-2018 --from 2019-01-01 --to 2019-12-31 -o bao-cao-2019.md",
        "mou report nghe-an-quang-ngai-2023 --review 1 --lang en",
      ]),
    )
    .action(action(async () => (await import("./run.js")).report));
};
