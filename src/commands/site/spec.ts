import { examples, type Register } from "../define.js";

export const registerSite: Register = (program, action) => {
  program
    .command("site")
    .description("a static website of the portfolio for leaders: overview, one page per agreement, commitments")
    .option("-o, --output <folder>", "the folder to write the site to", "site")
    .option("--title <text>", "the site's name, at the top of every page (default: a plain title in each language)")
    .option("--agendas <formats>", "also make each agreement's next agenda and link it: pdf, md or pdf,md")
    .option("--force", "replace the output folder even if mou did not write it (everything in it is lost)")
    .addHelpText(
      "after",
      examples([
        "mou site                                  # writes site/index.html and the pages beside it",
        'mou site -o public --title "Hợp tác phát triển – UBND tỉnh Quảng Ngãi"',
        "mou site --agendas pdf,md --lang en       # English at the root, Vietnamese under vi/",
      ]),
    )
    .action(action(async () => (await import("./run.js")).site));
};
