import { agendaFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerAgenda: Register = (program, action) => {
  program
    .command("agenda")
    .description("the programme of an agreement's review meeting, in Markdown or PDF")
    .argument("<id>", "the agreement's id")
    .option("--review <n>", "which review (default: the next one)")
    .option("--date <date>", "the meeting date (default: the review's scheduled date)")
    .option(
      "--place <text>",
      "where the meeting is held, also used in the place-and-date line (default: the host's name)",
    )
    .option("--host <party>", "the hosting party's id (default: the first province or city)")
    .option("--issuer <text>", "the issuing body in the title block (default: the host's name in capitals)")
    .addOption(formatOption(agendaFormats, "md", "md (to stdout unless -o) or pdf (to -o, else <id>-review-<n>.pdf)"))
    .option("-o, --output <file>", "write to this file instead")
    .option("--template <file>", "a Handlebars template of your own; it drives both the Markdown and the PDF")
    .option("--force", "replace the output file if it exists")
    .addHelpText(
      "after",
      examples([
        "mou agenda nghe-an-quang-ngai-2023",
        "mou agenda nghe-an-quang-ngai-2023 --format pdf            # writes nghe-an-quang-ngai-2023-review-1.pdf",
        'mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --place "Quảng Ngãi" --host quang-ngai --format pdf',
        "mou agenda nghe-an-quang-ngai-2023 --lang en -o agenda.md",
      ]),
    )
    .action(action(async () => (await import("./run.js")).agenda));
};
