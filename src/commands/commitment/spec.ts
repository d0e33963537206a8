import { commitmentStatuses } from "../../core/model/enums.js";
import { statusForWord } from "../../i18n/index.js";
import { collect, examples, type Register, wordChoiceOption } from "../define.js";

export const registerCommitment: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.commitment;
  const commitment = program.command("commitment").description(h.description);
  commitment
    .command("set")
    .description(h.set)
    .argument(`<${w.id}>`, h.id)
    .argument(`<${w.commitment}>`, h.commitment)
    .addOption(wordChoiceOption(m, `--status <${w.status}>`, h.status, commitmentStatuses, statusForWord))
    .option(`--due <${w.date}>`, h.due)
    .option(`--note <${w.text}>`, h.note)
    .option(`--actual <${w.actual}>`, h.actual, collect)
    .option(`--source <${w.text}>`, h.source)
    .option(`--date <${w.date}>`, h.date)
    .option("--dry-run", h.dryRun)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).commitmentSet));
};
