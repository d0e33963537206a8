import { Option } from "commander";
import { examples, type Register } from "../define.js";

export const registerReview: Register = (program, action, m) => {
  const w = m.help.words;
  const h = m.help.review;
  const review = program.command("review").description(h.description);
  review
    .command("add")
    .description(h.add)
    .argument(`<${w.id}>`, h.id)
    .requiredOption(`--date <${w.date}>`, h.date)
    .option(`--covers <${w.n}>`, h.covers)
    .addOption(new Option(`--kind <${w.kind}>`, h.kind).choices(["scheduled", "extra"]))
    .option(`--summary <${w.text}>`, h.summary)
    .option(`--place <${w.text}>`, h.place)
    .option("--dry-run", h.dryRun)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).reviewAdd));
};
