import { Option } from "commander";
import { signerRoles } from "../../core/views/agenda-closing.js";
import { documentFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerReport: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.report;
  program
    .command("report")
    .description(h.description)
    .argument(`<${w.id}>`, h.id)
    .option(`--review <${w.n}>`, h.review)
    .option(`--from <${w.date}>`, h.from)
    .option(`--to <${w.date}>`, h.to)
    .option(`--party <${w.party}>`, h.party)
    .option(`--place <${w.text}>`, h.place)
    .option(`--issuer <${w.text}>`, h.issuer)
    .option(`--signer <${w.name}>`, h.signer)
    .addOption(new Option(`--signer-role <${w.role}>`, h.signerRole).choices(signerRoles))
    .addOption(formatOption(m, documentFormats, "md", h.format))
    .option(`-o, --output <${w.file}>`, h.output)
    .option(`--template <${w.file}>`, h.template)
    .option("--force", h.force)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).report));
};
