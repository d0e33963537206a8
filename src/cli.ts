import { Command, CommanderError, Option } from "commander";
import { registerAgenda } from "./commands/agenda/spec.js";
import { registerCheck } from "./commands/check/spec.js";
import { registerCommitment } from "./commands/commitment/spec.js";
import { registerCommitments } from "./commands/commitments/spec.js";
import type { Action, Register } from "./commands/define.js";
import { registerDue } from "./commands/due/spec.js";
import { registerList } from "./commands/list/spec.js";
import { registerNew } from "./commands/new/spec.js";
import { registerReport } from "./commands/report/spec.js";
import { registerReview } from "./commands/review/spec.js";
import { registerSchema } from "./commands/schema/spec.js";
import { registerScorecard } from "./commands/scorecard/spec.js";
import { registerShow } from "./commands/show/spec.js";
import type { CommandOutput } from "./commands/types.js";
import { registerUnits } from "./commands/units/spec.js";
import { registerValidate } from "./commands/validate/spec.js";
import type { Globals, Io } from "./context.js";
import { VERSION } from "./version.js";

/** The commands, in the order `mou --help` lists them. Each lives in its own folder under commands/. */
const commands: readonly Register[] = [
  registerValidate,
  registerList,
  registerShow,
  registerCommitments,
  registerAgenda,
  registerReport,
  registerScorecard,
  registerDue,
  registerCheck,
  registerReview,
  registerCommitment,
  registerNew,
  registerUnits,
  registerSchema,
];

/** The program: global options, then each command's own definition. */
function buildProgram(io: Io, done: (output: CommandOutput) => void): Command {
  const program = new Command("mou");
  const action: Action =
    (load, options) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      const { resolveContext } = await import("./context.js");
      const context = await resolveContext(command.optsWithGlobals<Globals>(), io, options);
      // commander hands over the positional arguments, the options and the command itself, in that order.
      const run = (await load()) as (...values: unknown[]) => ReturnType<Awaited<ReturnType<typeof load>>>;
      done(await run(...args.slice(0, -1), context));
    };

  program
    .description("Cooperation agreements of Vietnamese provinces, kept as YAML: commitments, leads and review dates.")
    .version(VERSION, "-V, --version", "print the version")
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
      outputError: (message, write) =>
        write(`mou: ${message.replace(/^error: /, "").replace(/\n(?=\(Did you mean)/, " ")}`),
    });
  for (const register of commands) register(program, action);
  return program;
}

/** Runs mou with the given arguments; returns the exit code. Throws UsageError and CommanderError. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let output: CommandOutput | undefined;
  const program = buildProgram(io, (o) => {
    output = o;
  });
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
