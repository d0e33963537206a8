import { type Command, Option } from "commander";
import type { Context } from "../context.js";
import type { CommandOutput } from "./types.js";

/** A command's work: its positional arguments and options as commander gives them, then the context. */
export type Run<A extends unknown[]> = (...args: [...A, Context]) => Promise<CommandOutput> | CommandOutput;

/**
 * Turns a loader of a command's work into commander's action: it resolves the context (configuration,
 * today, language) and imports the work only when the command runs, so that `mou --version` and `--help`
 * load neither YAML nor PDF code.
 */
export type Action = <A extends unknown[]>(
  load: () => Promise<Run<A>>,
  options?: ActionOptions,
) => (...args: unknown[]) => Promise<void>;

export interface ActionOptions {
  /**
   * false for a command that must work whatever the configuration says (`mou schema config` is how one
   * repairs a broken mou.config.yaml): it gets a context of defaults instead of the resolved one.
   */
  configured?: boolean;
}

/** Adds one command — name, arguments, options, help — to the program. Light: loaded at start-up. */
export type Register = (program: Command, action: Action) => void;

/** The "Examples:" block under a command's help. */
export const examples = (lines: readonly string[]): string =>
  `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

/** The --format option, its choices derived from the formatter map's keys. */
export const formatOption = <T extends readonly string[]>(choices: T, fallback: T[number], help = "output format") =>
  new Option("--format <format>", help).choices(choices).default(fallback);

/** Collects a repeatable option's values. */
export const collect = (value: string, list: string[] = []): string[] => [...list, value];
