import { listFormats } from "../../format/formats.js";
import { examples, formatOption, type Register } from "../define.js";

export const registerList: Register = (program, action) => {
  program
    .command("list")
    .description("agreements: id, parties, signed, status, next review and its state")
    .option("--unit <code or name>", "only agreements with a party that answers to this provincial-level unit now")
    .addOption(formatOption(listFormats, "table"))
    .addHelpText("after", examples(["mou list", "mou list --format json", "mou list --format csv > agreements.csv"]))
    .action(action(async () => (await import("./run.js")).list));
};
