import { Argument } from "commander";
import type { Register } from "../define.js";
import type { SchemaName } from "./run.js";

export const registerSchema: Register = (program, action, m) => {
  const w = m.help.words;
  program
    .command("schema")
    .description(m.help.schema.description)
    .addArgument(new Argument(`[${w.name}]`, m.help.schema.name).choices(["agreement", "config"]).default("agreement"))
    .action(action<[SchemaName, object]>(async () => (await import("./run.js")).schema, { configured: false }));
};
