import { Option } from "commander";
import { commitmentStatuses } from "../../core/model/enums.js";
import { statusForWord } from "../../i18n/index.js";
import { examples, formatOption, type Register, wordChoiceOption } from "../define.js";

/** What `mou export` can write; the choices of --format. */
export const exportFormats = ["xlsx"] as const;
export const exportGroupings = ["agreement", "agency"] as const;

export const registerExport: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.export;
  const f = m.help.commitments;
  program
    .command("export")
    .description(h.description)
    .addOption(formatOption(m, exportFormats, "xlsx", h.format))
    .option(`-o, --output <${w.file}>`, h.output)
    .addOption(new Option(`--by <${w.grouping}>`, h.by).choices(exportGroupings).default("agreement"))
    .option(`--agreement <${w.id}>`, f.agreement)
    .option(`--party <${w.id}>`, f.party)
    .option(`--lead <${w.text}>`, f.lead)
    .option(`--sector <${w.sector}>`, f.sector)
    .addOption(wordChoiceOption(m, `--status <${w.status}>`, f.status, commitmentStatuses, statusForWord))
    .option("--overdue", f.overdue)
    .option(`--search <${w.text}>`, f.search)
    .option(`--unit <${w.unit}>`, f.unit)
    .option("--force", h.force)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).exportWorkbook));
};
