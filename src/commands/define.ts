import { type Command, InvalidArgumentError, Option } from "commander";
import type { Context } from "../context.js";
import { closestMatch } from "../core/validation/suggest.js";
import type { Catalogue } from "../i18n/index.js";
import type { CommandOutput } from "./types.js";

/** A command's work: its positional arguments and options as commander gives them, then the context. */
export type Run<A extends unknown[]> = (...args: [...A, Context]) => Promise<CommandOutput> | CommandOutput;

export interface ActionOptions {
  /**
   * false for a command that must work whatever the configuration says (`mou schema config` is how one
   * repairs a broken mou.config.yaml): it gets a context of defaults instead of the resolved one.
   */
  configured?: boolean;
}

/**
 * Turns a loader of a command's work into commander's action: it resolves the context (configuration,
 * today, language) and imports the work only when the command runs, so that `mou --version` and `--help`
 * load neither YAML nor PDF code.
 */
export type Action = <A extends unknown[]>(
  load: () => Promise<Run<A>>,
  options?: ActionOptions,
) => (...args: unknown[]) => Promise<void>;

/**
 * Adds one command — name, arguments, options, help — to the program, in the language of `m` (the
 * catalogue of the language picked before parsing). Light: loaded at start-up.
 */
export type Register = (program: Command, action: Action, m: Catalogue) => void;

/** The "Examples:" block under a command's help. */
export const examples = (m: Catalogue, lines: readonly string[]): string =>
  `\n${m.help.examples}\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

/** The --format option, its choices derived from the formatter map's keys. */
export const formatOption = <T extends readonly string[]>(
  m: Catalogue,
  choices: T,
  fallback: T[number],
  help = m.help.global.format,
) => new Option(`--format <${m.help.words.format}>`, help).choices(choices).default(fallback);

/**
 * An option whose value is one of `codes`, also given as a word of either language ("đang triển khai",
 * "đang thực hiện" for in-progress): `toCode` says which code a word means. Help lists the codes.
 */
export function wordChoiceOption(
  m: Catalogue,
  flags: string,
  description: string,
  codes: readonly string[],
  toCode: (word: string) => string | undefined,
): Option {
  const option = new Option(flags, description).argParser((value: string) => {
    const code = toCode(value);
    if (code !== undefined) return code;
    const suggestion = closestMatch(value, codes);
    const hint = suggestion === undefined ? "" : m.options.didYouMean({ suggestion });
    throw new InvalidArgumentError(m.options.choice({ value, choices: codes.join(", ") }) + hint);
  });
  option.argChoices = [...codes];
  return option;
}

/** Collects a repeatable option's values. */
export const collect = (value: string, list: string[] = []): string[] => [...list, value];
