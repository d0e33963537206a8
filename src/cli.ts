import { join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { helpConfiguration, translateUsageError } from "./cli-text.js";
import { registerAgenda } from "./commands/agenda/spec.js";
import { registerCheck } from "./commands/check/spec.js";
import { registerCommitment } from "./commands/commitment/spec.js";
import { registerCommitments } from "./commands/commitments/spec.js";
import type { Action, Register } from "./commands/define.js";
import { registerDue } from "./commands/due/spec.js";
import { registerExport } from "./commands/export/spec.js";
import { registerImport } from "./commands/import/spec.js";
import { registerList } from "./commands/list/spec.js";
import { registerNew } from "./commands/new/spec.js";
import { registerReport } from "./commands/report/spec.js";
import { registerReview } from "./commands/review/spec.js";
import { registerSchema } from "./commands/schema/spec.js";
import { registerScorecard } from "./commands/scorecard/spec.js";
import { registerShow } from "./commands/show/spec.js";
import { registerSite } from "./commands/site/spec.js";
import type { CommandOutput } from "./commands/types.js";
import { registerUnits } from "./commands/units/spec.js";
import { registerValidate } from "./commands/validate/spec.js";
import { type Globals, type Io, resolveContext } from "./context.js";
import { terminalLine } from "./core/text/neutral.js";
import { type Catalogue, langs, messages } from "./i18n/index.js";
import { configLang, langFlag, pickLanguage } from "./i18n/pick-language.js";
import { readRegularFile } from "./load/read-file.js";
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
  registerExport,
  registerImport,
  registerNew,
  registerSite,
  registerUnits,
  registerSchema,
];

/** The program in one language: global options, then each command's own definition. */
function buildProgram(io: Io, m: Catalogue, done: (output: CommandOutput, notices: string[]) => void): Command {
  const program = new Command("mou");
  const action: Action =
    (load, options) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      // The command's code loads while the configuration is read; a broken configuration is reported first.
      const loading = load();
      loading.catch(() => {});
      const context = await resolveContext(command.optsWithGlobals<Globals>(), io, options);
      // commander hands over the positional arguments, the options and the command itself, in that order.
      const run = (await loading) as (...values: unknown[]) => ReturnType<Awaited<ReturnType<typeof load>>>;
      const output = await run(...args.slice(0, -1), context);
      done(output, context.notices);
    };
  const g = m.help.global;
  const w = m.help.words;
  program
    .configureHelp(helpConfiguration(m))
    .description(m.help.program)
    .version(VERSION, "-V, --version", g.version)
    .helpOption("-h, --help", g.help)
    .helpCommand("help [command]", g.helpCommand)
    .option(`--dir <${w.folder}>`, g.dir)
    .option(`--as-of <${w.date}>`, g.asOf)
    .addOption(new Option(`--lang <${w.lang}>`, g.lang).choices(langs))
    .option("--no-color", g.noColor)
    .option("--debug", g.debug)
    .option("--no-cache", g.noCache)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.write,
      writeErr: io.writeError,
      // One line per usage error, in the chosen language.
      // The arguments come back in the message: no control character from them may reach the terminal.
      outputError: (message, write) => write(`mou: ${terminalLine(translateUsageError(message, m))}\n`),
    });
  for (const register of commands) register(program, action, m);
  return program;
}

/** The language to speak before anything is parsed: --lang, mou.config.yaml's `lang`, the locale. */
export function earlyLanguage(argv: readonly string[], io: Pick<Io, "cwd" | "env">) {
  let config: string | undefined;
  try {
    // Only a regular file, and only so much of it: a named pipe here would otherwise block start-up.
    config = configLang(new TextDecoder().decode(readRegularFile(join(io.cwd, "mou.config.yaml"), 64 * 1024)));
  } catch {
    // no configuration, or one that cannot be read: the full reading reports it when a command runs
  }
  return pickLanguage({ flag: langFlag(argv), config, env: io.env });
}

/** Runs mou with the given arguments; returns the exit code. Throws UsageError and CommanderError. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let output: CommandOutput | undefined;
  let notices: string[] = [];
  const m = messages(earlyLanguage(argv, io));
  const program = buildProgram(io, m, (o, n) => {
    output = o;
    notices = n;
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
  // Notices (how a date was read) come first; what went wrong, such as skipped files, after the output.
  for (const notice of notices) io.writeError(`${notice}\n`);
  if (typeof output.stdout === "function") output.stdout(io.write);
  else if (output.stdout) io.write(output.stdout);
  if (output.stderr) io.writeError(output.stderr);
  return output.exitCode;
}
