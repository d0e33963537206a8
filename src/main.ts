import type { Io } from "./context.js";
import { VERSION } from "./version.js";
import { writeInPieces } from "./write-pieces.js";

// The one place that catches errors, prints them and sets the exit code.
const argv = process.argv.slice(2);
const debug = argv.includes("--debug");

// `mou --version` alone, as scripts ask it, answers before the command line and its texts are loaded;
// with anything else on the line, commander answers it as usual.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) process.stdout.write(`${VERSION}\n`);
else await main();

async function main(): Promise<void> {
  const { earlyLanguage, run, terminalLine, UsageError, messages, runExitCleanups } = await import("./startup.js");

  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    now: Date.now,
    stdoutIsTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
    write: (text) => writeInPieces(process.stdout, text),
    writeError: (text) => void process.stderr.write(text),
  };
  const language = earlyLanguage(argv, io);

  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A closed pipe (mou … | head) is the reader's choice, not a failure.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // Any other (a full disk, /dev/full): one line, and the exit code of a failure to run, not of findings.
    process.stderr.write(`mou: ${messages(language).access.outputFailed({ code: error.code ?? error.message })}\n`);
    process.exit(2);
  });
  // A failing stderr has no one left to tell.
  process.stderr.on("error", () => process.exit(2));

  // Stopped half-way (Ctrl-C, kill, a closed terminal): remove temporary files and edit locks, then exit as
  // a process killed by that signal would.
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ] as const) {
    process.once(signal, () => void runExitCleanups().finally(() => process.exit(128 + number)));
  }

  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`mou: ${terminalLine(error.message)}\n`);
    } else {
      const message = terminalLine(error instanceof Error ? error.message : String(error));
      process.stderr.write(`mou: ${messages(language).common.internalError({ message, debug })}\n`);
    }
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}
