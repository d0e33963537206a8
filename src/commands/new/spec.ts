import { Option } from "commander";
import { agreementKinds } from "../../core/model/enums.js";
import { collect, examples, type Register } from "../define.js";

export const registerNew: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.create;
  program
    .command("new")
    .description(h.description)
    .argument(`<${w.id}>`, h.id)
    .requiredOption(`--title <${w.text}>`, h.title)
    .option(`--signed <${w.date}>`, h.signed)
    .option(`--party <${w.partySpec}>`, h.party, collect)
    .addOption(new Option(`--kind <${w.kind}>`, h.kind).choices(agreementKinds).default("mou"))
    .option(`--every <${w.duration}>`, h.every)
    .option("--dry-run", h.dryRun)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).newAgreement));
};
