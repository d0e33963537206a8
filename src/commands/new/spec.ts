import { Option } from "commander";
import { agreementKinds } from "../../core/model/enums.js";
import { collect, examples, type Register } from "../define.js";

export const registerNew: Register = (program, action) => {
  program
    .command("new")
    .description("create a valid agreement file with a commented skeleton, in the agreements folder (never overwrites)")
    .argument("<id>", "the new agreement's id, e.g. nghe-an-quang-ngai-2023")
    .requiredOption("--title <text>", "its title, in the --lang language")
    .option("--signed <date>", "the signing date (YYYY-MM-DD); without it the agreement is a draft")
    .option(
      "--party <id:name[:type]>",
      'a party, e.g. "nghe-an:Tỉnh Nghệ An" or "jica:Cơ quan JICA:foreign-agency" (repeat for each)',
      collect,
    )
    .addOption(new Option("--kind <kind>", "the kind of agreement").choices(agreementKinds).default("mou"))
    .option("--every <duration>", "the review period, e.g. P2Y")
    .option("--dry-run", "print the file and write nothing")
    .addHelpText(
      "after",
      examples([
        'mou new ha-tinh-quang-binh-2024 --title "Chương trình hợp tác" --signed 2024-03-01 \\\n' +
          '      --party "ha-tinh:Tỉnh Hà Tĩnh" --party "quang-binh:Tỉnh Quảng Bình" --every P1Y',
        'mou new quang-tri-koica --title "Dự án hợp tác với KOICA" --kind project \\\n' +
          '      --party "quang-tri:Tỉnh Quảng Trị" --party "koica:Cơ quan KOICA:foreign-agency"   # a draft',
      ]),
    )
    .action(action(async () => (await import("./run.js")).newAgreement));
};
