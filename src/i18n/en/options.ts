/** Refusals of option values, and what commander says about the command line, in words people use. */
export const options = {
  date: (p: { name: string; value: string }) =>
    `${p.name} must be a real date written YYYY-MM-DD (or day/month/year, e.g. 24/7/2025), not “${p.value}”`,
  dateRead: (p: { name: string; value: string; iso: string }) => `mou: ${p.name} ${p.value} read as ${p.iso}`,
  positive: (p: { name: string; value: string }) =>
    `${p.name} must be a whole number from 1 (1, 2, …), not “${p.value}”`,
  duration: (p: { name: string; value: string }) =>
    `${p.name} must be a duration such as P30D (30 days), P3M (3 months) or P1Y (1 year), not “${p.value}”`,
  choice: (p: { value: string; choices: string }) => `“${p.value}” is not one of ${p.choices}`,
  didYouMean: (p: { suggestion: string }) => `; did you mean ${p.suggestion}?`,
  unknownOption: (p: { option: string; hint: string }) => `unknown option ${p.option}${p.hint}`,
  unknownCommand: (p: { command: string; hint: string }) =>
    `unknown command “${p.command}”${p.hint} (mou --help lists the commands)`,
  missingArgument: (p: { argument: string }) => `missing the argument ${p.argument}`,
  missingValue: (p: { option: string }) => `the option ${p.option} needs a value`,
  missingOption: (p: { option: string }) => `the option ${p.option} is required`,
  invalidValue: (p: { option: string; value: string; detail: string }) =>
    `the value “${p.value}” of ${p.option} is not valid: ${p.detail}`,
  excessArguments: (p: { command: string; expected: string; got: string }) =>
    `too many arguments for ${p.command}: it takes ${p.expected}, not ${p.got}`,
  timeZone: (p: { zone: string; example: string }) =>
    `unknown time zone “${p.zone}” in mou.config.yaml; use an IANA name such as ${p.example}`,
};
