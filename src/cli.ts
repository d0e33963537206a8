import { Argument, Command, CommanderError, Option } from "commander";
import type { CommandOutput } from "./commands/types.js";
import { type Globals, type Io, resolveContext } from "./context.js";
import { failOnStates } from "./core/check.js";
import { reviewStates } from "./core/schedule.js";
import { dueFormats } from "./format/due/index.js";
import { reportFormats } from "./format/report/index.js";

declare const __MOU_VERSION__: string;

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

/** Builds the command tree. Each action is a few lines: resolve the context, lazy-load the command, run it. */
function buildProgram(io: Io, done: (output: CommandOutput) => void): Command {
  const program = new Command("mou");
  const globals = (cmd: Command) => cmd.optsWithGlobals<Globals>();

  program
    .description("Cooperation agreements of Vietnamese provinces, kept as YAML: commitments, leads and review dates.")
    .version(typeof __MOU_VERSION__ === "string" ? __MOU_VERSION__ : "0.0.0-dev", "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--dir <folder>", "the agreements folder (default: from mou.config.yaml, else agreements)")
    .option("--as-of <date>", "treat this date (YYYY-MM-DD) as today")
    .addOption(new Option("--lang <lang>", "language of the output").choices(["vi", "en"]))
    .option("--no-color", "plain output without colour")
    .option("--debug", "show the stack trace of an internal error")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.write,
      writeErr: io.writeError,
      // One line per usage error: commander puts its "Did you mean" on a second line.
      outputError: (message, write) => write(`mou: ${message.replace(/^error: /, "").replace(/\n(?=\(Did you mean)/, " ")}`),
    });

  program
    .command("validate")
    .description("check agreement files against the schema and the rules")
    .argument("[paths...]", "files, folders or glob patterns (default: the agreements folder)")
    .addOption(new Option("--format <format>", "output format").choices(reportFormats).default("text"))
    .addHelpText("after", examples(["mou validate", "mou validate agreements/nghe-an-quang-ngai-2023.yaml", "mou validate --format github", "mou validate 'agreements/**/*.yaml' --format junit > report.xml"]))
    .action(async (paths: string[], options: { format: (typeof reportFormats)[number] }, cmd: Command) => {
      const context = await resolveContext(globals(cmd), io);
      const { validate } = await import("./commands/validate.js");
      done(await validate(paths, options, context));
    });

  program
    .command("due")
    .description("next review of each agreement, soonest first")
    .option("--within <duration>", "only reviews due within this period from today (overdue ones included), e.g. P90D")
    .addOption(new Option("--state <state>", "only reviews in this state").choices(reviewStates))
    .addOption(new Option("--format <format>", "output format").choices(dueFormats).default("table"))
    .addHelpText("after", examples(["mou due", "mou due --within P6M", "mou due --state overdue --format json", "mou due --format ics > reviews.ics", "mou due --as-of 2026-01-01 --lang en"]))
    .action(async (options: Parameters<typeof import("./commands/due.js").due>[0], cmd: Command) => {
      const context = await resolveContext(globals(cmd), io);
      const { due } = await import("./commands/due.js");
      done(await due(options, context));
    });

  program
    .command("check")
    .description("validate and report review states, for CI: exit 1 on errors or on a review at --fail-on or worse")
    .argument("[paths...]", "files, folders or glob patterns (default: the agreements folder)")
    .addOption(new Option("--fail-on <state>", "the review state that fails the run").choices(failOnStates).default("overdue"))
    .addOption(new Option("--format <format>", "output format").choices(reportFormats).default("text"))
    .addHelpText("after", examples(["mou check", "mou check --fail-on due-soon", "mou check --format github", "mou check --format junit > mou-junit.xml"]))
    .action(async (paths: string[], options: Parameters<typeof import("./commands/check.js").check>[1], cmd: Command) => {
      const context = await resolveContext(globals(cmd), io);
      const { check } = await import("./commands/check.js");
      done(await check(paths, options, context));
    });

  program
    .command("schema")
    .description("print the JSON Schema of agreement files (or of mou.config.yaml), for editors and other tools")
    .addArgument(new Argument("[name]", "which schema").choices(["agreement", "config"]).default("agreement"))
    .action(async (name: "agreement" | "config") => {
      const { schema } = await import("./commands/schema.js");
      done(schema(name));
    });

  return program;
}

/** Runs mou with the given arguments; returns the exit code. Throws UsageError and CommanderError. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let output: CommandOutput | undefined;
  const program = buildProgram(io, (o) => (output = o));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  if (output === undefined) {
    io.write(program.helpInformation());
    return 0;
  }
  if (output.stdout) io.write(output.stdout);
  if (output.stderr) io.writeError(output.stderr);
  return output.exitCode;
}
