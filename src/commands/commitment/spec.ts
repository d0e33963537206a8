import { Option } from "commander";
import { commitmentStatuses } from "../../core/model/enums.js";
import { collect, examples, type Register } from "../define.js";

export const registerCommitment: Register = (program, action) => {
  const commitment = program.command("commitment").description("update commitments");
  commitment
    .command("set")
    .description(
      "change a commitment's status or deadline, note its progress or record its indicators' values, in its file",
    )
    .argument("<id>", "the agreement's id")
    .argument("<commitment>", "the commitment's id")
    .addOption(new Option("--status <status>", "the new status").choices(commitmentStatuses))
    .option("--due <date>", "the new deadline (YYYY-MM-DD)")
    .option(
      "--note <text>",
      "a progress note, added to the commitment's history under today's date (with the new status, if any)",
    )
    .option(
      "--actual <indicator=value>",
      "a value measured for one of the commitment's indicators, added to its actuals (repeatable)",
      collect,
    )
    .option("--source <text>", "where the --actual values come from (a report, a statistics office)")
    .option("--date <date>", "the date of the --actual values and the --note (default: today)")
    .option("--dry-run", "print the change as a diff and write nothing")
    .addHelpText(
      "after",
      examples([
        "mou commitment set nghe-an-quang-ngai-2023 2 --status in-progress",
        'mou commitment set nghe-an-quang-ngai-2023 2 --status stalled --note "Chưa bố trí được vốn"',
        "mou commitment set ba-ria-vung-tau-pbeg-2018 2a --due 2026-12-31 --dry-run",
        'mou commitment set ba-ria-vung-tau-pbeg-2018 1 --actual gdp=1.4 --date 2024-12-31 --source "Cục Thống kê"',
      ]),
    )
    .action(action(async () => (await import("./run.js")).commitmentSet));
};
