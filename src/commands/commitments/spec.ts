import { commitmentStatuses } from "../../core/model/enums.js";
import { commitmentsFormats } from "../../format/formats.js";
import { statusForWord } from "../../i18n/index.js";
import { examples, formatOption, type Register, wordChoiceOption } from "../define.js";

export const registerCommitments: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.commitments;
  program
    .command("commitments")
    .description(h.description)
    .option(`--agreement <${w.id}>`, h.agreement)
    .option(`--party <${w.id}>`, h.party)
    .option(`--lead <${w.text}>`, h.lead)
    .option(`--sector <${w.sector}>`, h.sector)
    .addOption(wordChoiceOption(m, `--status <${w.status}>`, h.status, commitmentStatuses, statusForWord))
    .option("--overdue", h.overdue)
    .option(`--search <${w.text}>`, h.search)
    .option(`--unit <${w.unit}>`, h.unit)
    .addOption(formatOption(m, commitmentsFormats, "table"))
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).commitments));
};
