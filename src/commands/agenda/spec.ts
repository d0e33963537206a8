import { Option } from "commander";
import { agendaFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerAgenda: Register = (program, action) => {
  program
    .command("agenda")
    .description("the programme of an agreement's review meeting, in Markdown, PDF or Word")
    .argument("<id>", "the agreement's id")
    .option("--review <n>", "which review (default: the next one)")
    .option("--date <date>", "the meeting date (default: the review's scheduled date, if it has not passed)")
    .option("--place <text>", "the place of the meeting and of the place-and-date line (default: the host's)")
    .option("--host <party>", "the hosting party's id (default: the first province or city in use on the date)")
    .option("--issuer <text>", "the issuing body (default: the host's People's Committee, \"ỦY BAN NHÂN DÂN TỈNH …\")")
    .option("--signer <name>", "who signs (default: a People's Committee chair or vice-chair among the host's people)")
    .addOption(
      new Option("--signer-role <role>", "signs as chair, or as vice-chair for the chair (KT. CHỦ TỊCH)").choices([
        "chair",
        "vice-chair",
      ]),
    )
    .option("--times <list>", "start times of the seven items of business, e.g. 08:00,08:15,08:45,… (an 8th: the end)")
    .addOption(
      formatOption(agendaFormats, "md", "md (to stdout unless -o), pdf or docx (to -o, else <id>-review-<n>.<format>)"),
    )
    .option("-o, --output <file>", "write to this file instead")
    .option("--template <file>", "a Handlebars template of your own for the body; it drives every format")
    .option("--force", "replace the output file if it exists")
    .addHelpText(
      "after",
      examples([
        "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15",
        "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --format pdf   # nghe-an-quang-ngai-2023-review-1.pdf",
        "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --format docx --signer 'Nguyễn Văn A'",
        "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --times 8:00,8:20,9:00,9:45,10:15,10:45,11:15",
        "mou agenda nghe-an-quang-ngai-2023 --lang en -o agenda.md",
      ]),
    )
    .action(action(async () => (await import("./run.js")).agenda));
};
