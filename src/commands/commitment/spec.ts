import { Option } from "commander";
import { commitmentStatuses } from "../../core/model/enums.js";
import { examples, type Register } from "../define.js";

export const registerCommitment: Register = (program, action) => {
  const commitment = program.command("commitment").description("update commitments");
  commitment
    .command("set")
    .description("change a commitment's status or deadline, or note its progress, in the agreement's file")
    .argument("<id>", "the agreement's id")
    .argument("<commitment>", "the commitment's id")
    .addOption(new Option("--status <status>", "the new status").choices(commitmentStatuses))
    .option("--due <date>", "the new deadline (YYYY-MM-DD)")
    .option(
      "--note <text>",
      "a progress note, added to the commitment's history under today's date (with the new status, if any)",
    )
    .option("--dry-run", "print the change as a diff and write nothing")
    .option("--force", "edit even a read-only file, one with other hard links, or one owned by another user")
    .addHelpText(
      "after",
      examples([
        "mou commitment set nghe-an-quang-ngai-2023 2 --status in-progress",
        'mou commitment set nghe-an-quang-ngai-2023 2 --status stalled --note "Chưa bố trí được vốn"',
        "mou commitment set ba-ria-vung-tau-pbeg-2018 2a --due 2026-12-31 --dry-run",
      ]),
    )
    .action(action(async () => (await import("./run.js")).commitmentSet));
};
