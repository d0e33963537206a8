import { setFlagsFromString } from "node:v8";

/**
 * How much bytecode a function runs before V8 compiles it with its optimizing compiler (TurboFan), once
 * pages start being made: sixteen times Node 20's default (67,584, `node --v8-options`).
 *
 * Reading agreements runs a few functions a great many times, which the optimizing compiler pays back.
 * Making pages runs hundreds of functions (a template each, the views, escaping, dates) some thousands of
 * times each, in two threads that each compile them again on the same cores: with the default, a site of
 * 1,000 agreements spent about a second of processor time compiling code that ran for little longer after
 * it. With this budget only the hottest functions are compiled; the others keep running as baseline code
 * (Sparkplug). Measured on 1,000 agreements (docs/site.md): one thread 3.46 to 2.56 processor seconds, two
 * threads about a fifth less wall time; at 10,000 agreements no change. Reading keeps the default, since
 * it starts before any page: `mou list` with this budget from the start took a quarter longer.
 */
export const PAGE_TIERING_BUDGET = 67_584 * 16;

let raised = false;

/**
 * Raises V8's tiering budget for the rest of the process (worker threads included: V8's flags are the
 * process's), when the first page is about to be made. Functions already optimized stay so.
 */
export function pagesBegin(): void {
  if (raised) return;
  raised = true;
  setFlagsFromString(`--interrupt-budget=${PAGE_TIERING_BUDGET}`);
}
