import type { LongText } from "../format/long-text.js";

/** What a command hands back to the shell: text to write and the exit code. Commands never write or exit. */
export interface CommandOutput {
  /** The text, or a long text made as it is written (a table of many rows). */
  stdout: string | LongText;
  stderr?: string;
  exitCode: number;
}

/** An output whose text is at hand whole, as every edit's is (a diff). */
export type TextOutput = CommandOutput & { stdout: string };
