import { examples, type Register } from "../define.js";

export const registerImport: Register = (program, action, m) => {
  const h = m.help.import;
  program
    .command("import")
    .description(h.description)
    .argument(`<${m.help.words.file}>`, h.file)
    .option("--dry-run", h.dryRun)
    .option("--force", h.force)
    .addHelpText("after", examples(m, h.examples))
    .action(action(async () => (await import("./run.js")).importWorkbook));
};
