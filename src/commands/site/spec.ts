import { examples, type Register } from "../define.js";

export const registerSite: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.site;
  program
    .command("site")
    .description(h.description)
    .option(`-o, --output <${w.folder}>`, h.output, "site")
    .option(`--title <${w.text}>`, h.title)
    .option(`--agendas <${w.format}>`, h.agendas)
    .option("--force", h.force)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).site));
};
