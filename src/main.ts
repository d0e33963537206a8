import { earlyLanguage, run } from "./cli.js";
import type { Io } from "./context.js";
import { UsageError } from "./errors.js";
import { messages } from "./i18n/index.js";

// The one place that catches errors, prints them and sets the exit code.
const argv = process.argv.slice(2);
const debug = argv.includes("--debug");

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (mou … | head) is the reader's choice, not a failure.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const io: Io = {
  cwd: process.cwd(),
  env: process.env,
  now: Date.now,
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  write: (text) => void process.stdout.write(text),
  writeError: (text) => void process.stderr.write(text),
};
const language = earlyLanguage(argv, io);

try {
  process.exitCode = await run(argv, io);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`mou: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mou: ${messages(language).common.internalError({ message, debug })}\n`);
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
}
