import { setFlagsFromString } from "node:v8";

/**
 * How long a function runs before V8 compiles it with its optimizing compiler (TurboFan), once pages
 * start being made: sixteen times V8's default, in the flag the running V8 knows. V8 11 (Node 20) counts
 * bytecode run (`--interrupt-budget`, 67,584 by default); V8 12 and later (Node 22 on) count calls
 * (`--invocation-count-for-turbofan`, 3,000 by default) and no longer know the first flag, which they would
 * report on stderr.
 *
 * Reading agreements runs a few functions a great many times, which the optimizing compiler pays back.
 * Making pages runs hundreds of functions (a template each, the views, escaping, dates) some thousands of
 * times each, in two threads that each compile them again on the same cores: with the default, a site of
 * 1,000 agreements spent about a second of processor time compiling code that ran for little longer after
 * it. With this budget only the hottest functions are compiled; the others keep running as baseline code
 * (Sparkplug). Measured on 1,000 agreements (docs/site.md): one thread 3.46 to 2.56 processor seconds, two
 * threads about a fifth less wall time; at 10,000 agreements no change.
 */
export function tieringFlag(v8Version: string): string {
  const major = Number(v8Version.split(".")[0]);
  return major <= 11 ? `--interrupt-budget=${67_584 * 16}` : `--invocation-count-for-turbofan=${3_000 * 16}`;
}

/**
 * Whether V8's flags may still be changed: Node lets them be unless it was started with
 * `--freeze-flags-after-init`, after which changing one stops the process.
 */
export function flagsChangeable(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)];
  let frozen = false;
  for (const option of given) {
    const name = option.split("=")[0]!.replaceAll("_", "-");
    if (name === "--freeze-flags-after-init") frozen = true;
    else if (name === "--no-freeze-flags-after-init") frozen = false;
  }
  return !frozen;
}

let raised = false;

/**
 * Raises V8's tiering budget for the rest of the process (worker threads included: V8's flags are the
 * process's), when the first page is about to be made: when the worker thread starts, after the first
 * agreements are read (the reader's hottest functions are compiled by then), or when this thread has read
 * every file. Functions already optimized stay so.
 */
export function pagesBegin(): void {
  if (raised) return;
  raised = true;
  if (flagsChangeable(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(tieringFlag(process.versions.v8));
}
