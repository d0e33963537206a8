import { type Argument, type Command, Help, type Option } from "commander";
import type { Catalogue } from "./i18n/index.js";

/**
 * Commander's own words in the chosen language: the help screen's titles, "[options]", "(default: …)",
 * "(choices: …)". The rest of every help screen comes from the catalogue already.
 */
export function helpConfiguration(m: Catalogue): Partial<Help> {
  const titles: Record<string, string> = {
    "Usage:": m.help.titles.usage,
    "Arguments:": m.help.titles.arguments,
    "Options:": m.help.titles.options,
    "Commands:": m.help.titles.commands,
    "Global Options:": m.help.titles.globalOptions,
  };
  const extra = (choices: readonly string[] | undefined, fallback: unknown, description: string) => {
    const info: string[] = [];
    if (choices) info.push(`${m.help.choicesWord}: ${choices.join(", ")}`);
    if (fallback !== undefined && fallback !== false) info.push(`${m.help.defaultWord}: ${String(fallback)}`);
    return info.length === 0 ? description : `${description} (${info.join("; ")})`;
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage(this: Help, command: Command) {
      return Help.prototype.commandUsage
        .call(this, command)
        .replace("[options]", m.help.usageOptions)
        .replace("[command]", m.help.usageCommand);
    },
    subcommandTerm(this: Help, command: Command) {
      return Help.prototype.subcommandTerm.call(this, command).replace("[options]", m.help.usageOptions);
    },
    optionDescription: (option: Option) => extra(option.argChoices, option.defaultValue, option.description),
    argumentDescription: (argument: Argument) =>
      extra(argument.argChoices, argument.defaultValue, argument.description),
  };
}

type Rule = [RegExp, (match: RegExpExecArray) => string];

/**
 * One line in the chosen language for each usage error commander reports in English. Commander puts "(Did
 * you mean …?)" on a second line; it joins the first here.
 */
export function translateUsageError(message: string, m: Catalogue): string {
  const o = m.options;
  const hint = (suggestion: string | undefined) => (suggestion ? o.didYouMean({ suggestion }) : "");
  const rules: Rule[] = [
    [
      /^error: unknown option '(.+?)'(?:\n\(Did you mean (.+?)\?\))?$/s,
      (x) => o.unknownOption({ option: x[1]!, hint: hint(x[2]) }),
    ],
    [
      /^error: unknown command '(.+?)'(?:\n\(Did you mean (.+?)\?\))?$/s,
      (x) => o.unknownCommand({ command: x[1]!, hint: hint(x[2]) }),
    ],
    [/^error: missing required argument '(.+)'$/, (x) => o.missingArgument({ argument: `<${x[1]}>` })],
    [/^error: option '(.+)' argument missing$/, (x) => o.missingValue({ option: x[1]! })],
    [/^error: required option '(.+)' not specified$/, (x) => o.missingOption({ option: x[1]! })],
    [
      /^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/s,
      (x) => o.invalidValue({ option: x[1]!, value: x[2]!, detail: choices(x[3]!, x[2]!, m) }),
    ],
    [
      /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)$/s,
      (x) => o.invalidValue({ option: `<${x[2]}>`, value: x[1]!, detail: choices(x[3]!, x[1]!, m) }),
    ],
    [
      /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (x) => o.excessArguments({ command: x[1] ?? "mou", expected: x[2]!, got: x[3]! }),
    ],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message.trim());
    if (match) return say(match);
  }
  return message
    .trim()
    .replace(/^error: /, "")
    .replace(/\n(?=\(Did you mean)/, " ");
}

/** Commander's "Allowed choices are a, b." in the chosen language; any other detail as it is. */
function choices(detail: string, value: string, m: Catalogue): string {
  const allowed = /^Allowed choices are (.+)\.$/.exec(detail);
  return allowed ? m.options.choice({ value, choices: allowed[1]! }) : detail;
}
