import { Option } from "commander";
import { commitmentStatuses } from "../../core/model/enums.js";
import { commitmentsFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerCommitments: Register = (program, action) => {
  program
    .command("commitments")
    .description("commitments across agreements, with filters; text matching ignores case and Vietnamese diacritics")
    .option("--agreement <id>", "only this agreement")
    .option("--party <id>", "only commitments this party leads or supports")
    .option("--lead <text>", "only commitments whose lead agency or party contains this text")
    .option("--sector <sector>", "only this sector")
    .addOption(new Option("--status <status>", "only this status").choices(commitmentStatuses))
    .option("--overdue", "only commitments past their deadline and not done or dropped")
    .option("--search <text>", 'text in titles, agencies or notes ("do thi" finds "đô thị")')
    .option(
      "--unit <code or name>",
      "only commitments of parties that answer to this provincial-level unit now " +
        "(79 or ho-chi-minh finds Bà Rịa - Vũng Tàu's)",
    )
    .addOption(formatOption(commitmentsFormats, "table"))
    .addHelpText(
      "after",
      examples([
        "mou commitments",
        'mou commitments --search "do thi"',
        "mou commitments --agreement nghe-an-quang-ngai-2023 --status in-progress",
        'mou commitments --lead "Tai nguyen" --format csv > commitments.csv',
        "mou commitments --overdue --format json",
      ]),
    )
    .action(action(async () => (await import("./run.js")).commitments));
};
