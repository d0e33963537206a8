// Everything src/main.ts needs once it has a command to run, in one import: esbuild makes a chunk of each
// module imported dynamically, and every chunk costs start-up a file to resolve, read and compile.
export { earlyLanguage, run } from "./cli.js";
export { terminalLine } from "./core/text/neutral.js";
export { UsageError } from "./errors.js";
export { messages } from "./i18n/index.js";
export { runExitCleanups } from "./load/exit-cleanup.js";
