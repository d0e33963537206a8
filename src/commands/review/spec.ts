import { Option } from "commander";
import { examples, type Register } from "../define.js";

export const registerReview: Register = (program, action) => {
  const review = program.command("review").description("record reviews held");
  review
    .command("add")
    .description("record a review meeting that was held, in the agreement's file")
    .argument("<id>", "the agreement's id")
    .requiredOption("--date <date>", "the date the meeting was held (YYYY-MM-DD)")
    .option("--covers <n>", "the scheduled review number it fulfils (default: the lowest not yet fulfilled)")
    .addOption(
      new Option("--kind <kind>", "extra: a meeting that fulfils no scheduled review").choices(["scheduled", "extra"]),
    )
    .option("--summary <text>", "what the meeting concluded")
    .option("--place <text>", "where it was held")
    .option("--dry-run", "print the change as a diff and write nothing")
    .option("--force", "edit even a read-only file, one with other hard links, or one owned by another user")
    .addHelpText(
      "after",
      examples([
        'mou review add nghe-an-quang-ngai-2023 --date 2025-08-15 --summary "Đánh giá 2 năm thực hiện"',
        "mou review add nghe-an-quang-ngai-2023 --date 2025-08-15 --covers 1 --dry-run",
      ]),
    )
    .action(action(async () => (await import("./run.js")).reviewAdd));
};
