import { Option } from "commander";
import { agreementKinds } from "../../core/model/enums.js";
import { collect, examples, type Register } from "../define.js";

export const registerNew: Register = (program, action) => {
  program
    .command("new")
    .description("create a valid agreement file with a commented skeleton, in the agreements folder (never overwrites)")
    .argument("<id>", "the new agreement's id, e.g. nghe-an-quang-ngai-2023")
    .requiredOption("--title <text>", "its title, in the --lang language")
    .requiredOption("--signed <date>", "the signing date (YYYY-MM-DD)")
    .option("--party <id:name>", 'a party, e.g. "nghe-an:Tỉnh Nghệ An" (repeat for each)', collect)
    .addOption(new Option("--kind <kind>", "the kind of agreement").choices(agreementKinds).default("mou"))
    .option("--every <duration>", "the review period, e.g. P2Y")
    .option("--dry-run", "print the file and write nothing")
    .addHelpText(
      "after",
      examples([
        'mou new ha-tinh-quang-binh-2024 --title "Chương trình hợp tác" --signed 2024-03-01 \\\n' +
          '      --party "ha-tinh:Tỉnh Hà Tĩnh" --party "quang-binh:Tỉnh Quảng Bình" --every P1Y',
      ]),
    )
    .action(action(async () => (await import("./run.js")).newAgreement));
};
