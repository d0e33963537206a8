import { Argument } from "commander";
import type { Register } from "../define.js";
import type { SchemaName } from "./run.js";

export const registerSchema: Register = (program, action) => {
  program
    .command("schema")
    .description("print the JSON Schema of agreement files (or of mou.config.yaml), for editors and other tools")
    .addArgument(new Argument("[name]", "which schema").choices(["agreement", "config"]).default("agreement"))
    .action(action<[SchemaName, object]>(async () => (await import("./run.js")).schema, { configured: false }));
};
