/** What a command hands back to the shell: text to write and the exit code. Commands never write or exit. */
export interface CommandOutput {
  stdout: string;
  stderr?: string;
  exitCode: number;
}
