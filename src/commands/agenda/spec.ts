import { Option } from "commander";
import { agendaFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerAgenda: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.agenda;
  program
    .command("agenda")
    .description(h.description)
    .argument(`<${w.id}>`, h.id)
    .option(`--review <${w.n}>`, h.review)
    .option(`--date <${w.date}>`, h.date)
    .option(`--place <${w.text}>`, h.place)
    .option(`--host <${w.party}>`, h.host)
    .option(`--issuer <${w.text}>`, h.issuer)
    .option(`--signer <${w.name}>`, h.signer)
    .addOption(new Option(`--signer-role <${w.role}>`, h.signerRole).choices(["chair", "vice-chair"]))
    .option(`--times <${w.times}>`, h.times)
    .addOption(formatOption(m, agendaFormats, "md", h.format))
    .option(`-o, --output <${w.file}>`, h.output)
    .option(`--template <${w.file}>`, h.template)
    .option("--force", h.force)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).agenda));
};
