import { Argument, Command, CommanderError, Option } from "commander";
import type { CommandOutput } from "./commands/types.js";
import type { Context, Globals, Io } from "./context.js";
import { agreementKinds, commitmentStatuses, failOnStates, reviewStates } from "./core/enums.js";
import {
  agendaFormats,
  commitmentsFormats,
  dueFormats,
  listFormats,
  reportFormats,
  showFormats,
} from "./format/formats.js";

declare const __MOU_VERSION__: string;

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
const format = <T extends readonly string[]>(choices: T, fallback: T[number], help = "output format") =>
  new Option("--format <format>", help).choices(choices).default(fallback);

type Options<F extends (...args: never[]) => unknown, I extends number> = Parameters<F>[I];

/**
 * Builds the command tree. Every action resolves the context (configuration, today, language) and loads
 * its command's module only when it runs, so `mou --version` and `--help` load neither YAML nor PDF code.
 */
function buildProgram(io: Io, done: (output: CommandOutput) => void): Command {
  const program = new Command("mou");
  const action =
    <A extends unknown[]>(run: (context: Context, ...args: A) => Promise<CommandOutput>) =>
    async (...args: unknown[]) => {
      const cmd = args.at(-1) as Command;
      const { resolveContext } = await import("./context.js");
      const context = await resolveContext(cmd.optsWithGlobals<Globals>(), io);
      done(await run(context, ...(args.slice(0, -1) as A)));
    };

  program
    .description("Cooperation agreements of Vietnamese provinces, kept as YAML: commitments, leads and review dates.")
    .version(typeof __MOU_VERSION__ === "string" ? __MOU_VERSION__ : "0.0.0-dev", "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--dir <folder>", "the agreements folder (default: from mou.config.yaml, else agreements)")
    .option("--as-of <date>", "treat this date (YYYY-MM-DD) as today")
    .addOption(new Option("--lang <lang>", "language of the output").choices(["vi", "en"]))
    .option("--no-color", "plain output without colour")
    .option("--debug", "show the stack trace of an internal error")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.write,
      writeErr: io.writeError,
      // One line per usage error: commander puts its "Did you mean" on a second line.
      outputError: (message, write) =>
        write(`mou: ${message.replace(/^error: /, "").replace(/\n(?=\(Did you mean)/, " ")}`),
    });

  program
    .command("validate")
    .description("check agreement files against the schema and the rules")
    .argument("[paths...]", "files, folders or glob patterns (default: the agreements folder)")
    .addOption(format(reportFormats, "text"))
    .addHelpText(
      "after",
      examples([
        "mou validate",
        "mou validate agreements/nghe-an-quang-ngai-2023.yaml",
        "mou validate --format github",
        "mou validate 'agreements/**/*.yaml' --format junit > report.xml",
      ]),
    )
    .action(
      action(async (context, paths: string[], options: Options<typeof import("./commands/validate.js").validate, 1>) =>
        (await import("./commands/validate.js")).validate(paths, options, context),
      ),
    );

  program
    .command("list")
    .description("agreements: id, parties, signed, status, next review and its state")
    .option("--unit <code or name>", "only agreements with a party that answers to this provincial-level unit now")
    .addOption(format(listFormats, "table"))
    .addHelpText("after", examples(["mou list", "mou list --format json", "mou list --format csv > agreements.csv"]))
    .action(
      action(async (context, options: Options<typeof import("./commands/list.js").list, 0>) =>
        (await import("./commands/list.js")).list(options, context),
      ),
    );

  program
    .command("show")
    .description("one agreement: parties, dates, review rule and history, commitments, sources")
    .argument("<id>", "the agreement's id (its file name without .yaml)")
    .addOption(format(showFormats, "text"))
    .addHelpText(
      "after",
      examples([
        "mou show nghe-an-quang-ngai-2023",
        "mou show nghe-an-quang-ngai-2023 --lang en",
        "mou show ba-ria-vung-tau-pbeg-2018 --format json",
      ]),
    )
    .action(
      action(async (context, id: string, options: Options<typeof import("./commands/show.js").show, 1>) =>
        (await import("./commands/show.js")).show(id, options, context),
      ),
    );

  program
    .command("commitments")
    .description("commitments across agreements, with filters; text matching ignores case and Vietnamese diacritics")
    .option("--agreement <id>", "only this agreement")
    .option("--party <id>", "only commitments this party leads or supports")
    .option("--lead <text>", "only commitments whose lead agency or party contains this text")
    .option("--sector <sector>", "only this sector")
    .addOption(new Option("--status <status>", "only this status").choices(commitmentStatuses))
    .option("--overdue", "only commitments past their deadline and not done or dropped")
    .option("--search <text>", 'text in titles, agencies or notes ("do thi" finds "đô thị")')
    .option(
      "--unit <code or name>",
      "only commitments of parties that answer to this provincial-level unit now (79 or ho-chi-minh finds Bà Rịa - Vũng Tàu's)",
    )
    .addOption(format(commitmentsFormats, "table"))
    .addHelpText(
      "after",
      examples([
        "mou commitments",
        'mou commitments --search "do thi"',
        "mou commitments --agreement nghe-an-quang-ngai-2023 --status in-progress",
        'mou commitments --lead "Tai nguyen" --format csv > commitments.csv',
        "mou commitments --overdue --format json",
      ]),
    )
    .action(
      action(async (context, options: Options<typeof import("./commands/commitments.js").commitments, 0>) =>
        (await import("./commands/commitments.js")).commitments(options, context),
      ),
    );

  program
    .command("agenda")
    .description("the programme of an agreement's review meeting, in Markdown or PDF")
    .argument("<id>", "the agreement's id")
    .option("--review <n>", "which review (default: the next one)")
    .option("--date <date>", "the meeting date (default: the review's scheduled date)")
    .option(
      "--place <text>",
      "where the meeting is held, also used in the place-and-date line (default: the host's name)",
    )
    .option("--host <party>", "the hosting party's id (default: the first province or city)")
    .option("--issuer <text>", "the issuing body in the title block (default: the host's name in capitals)")
    .addOption(format(agendaFormats, "md", "md (to stdout unless -o) or pdf (to -o, else <id>-review-<n>.pdf)"))
    .option("-o, --output <file>", "write to this file instead")
    .option("--template <file>", "a Handlebars template of your own; it drives both the Markdown and the PDF")
    .option("--force", "replace the output file if it exists")
    .addHelpText(
      "after",
      examples([
        "mou agenda nghe-an-quang-ngai-2023",
        "mou agenda nghe-an-quang-ngai-2023 --format pdf            # writes nghe-an-quang-ngai-2023-review-1.pdf",
        'mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --place "Quảng Ngãi" --host quang-ngai --format pdf -o agenda.pdf',
        "mou agenda nghe-an-quang-ngai-2023 --lang en -o agenda.md",
      ]),
    )
    .action(
      action(async (context, id: string, options: Options<typeof import("./commands/agenda.js").agenda, 1>) =>
        (await import("./commands/agenda.js")).agenda(id, options, context),
      ),
    );

  program
    .command("due")
    .description("next review of each agreement, soonest first")
    .option("--within <duration>", "only reviews due within this period from today (overdue ones included), e.g. P90D")
    .addOption(new Option("--state <state>", "only reviews in this state").choices(reviewStates))
    .addOption(format(dueFormats, "table"))
    .addHelpText(
      "after",
      examples([
        "mou due",
        "mou due --within P6M",
        "mou due --state overdue --format json",
        "mou due --format ics > reviews.ics",
        "mou due --as-of 2026-01-01 --lang en",
      ]),
    )
    .action(
      action(async (context, options: Options<typeof import("./commands/due.js").due, 0>) =>
        (await import("./commands/due.js")).due(options, context),
      ),
    );

  program
    .command("check")
    .description("validate and report review states, for CI: exit 1 on errors or on a review at --fail-on or worse")
    .argument("[paths...]", "files, folders or glob patterns (default: the agreements folder)")
    .addOption(
      new Option("--fail-on <state>", "the review state that fails the run").choices(failOnStates).default("overdue"),
    )
    .addOption(format(reportFormats, "text"))
    .addHelpText(
      "after",
      examples([
        "mou check",
        "mou check --fail-on due-soon",
        "mou check --format github",
        "mou check --format junit > mou-junit.xml",
      ]),
    )
    .action(
      action(async (context, paths: string[], options: Options<typeof import("./commands/check.js").check, 1>) =>
        (await import("./commands/check.js")).check(paths, options, context),
      ),
    );

  const review = program.command("review").description("record reviews held");
  review
    .command("add")
    .description("record a review meeting that was held, in the agreement's file")
    .argument("<id>", "the agreement's id")
    .requiredOption("--date <date>", "the date the meeting was held (YYYY-MM-DD)")
    .option("--covers <n>", "the scheduled review number it fulfils (default: the lowest not yet fulfilled)")
    .addOption(
      new Option("--kind <kind>", "extra: a meeting that fulfils no scheduled review").choices(["scheduled", "extra"]),
    )
    .option("--summary <text>", "what the meeting concluded")
    .option("--place <text>", "where it was held")
    .option("--dry-run", "print the change as a diff and write nothing")
    .addHelpText(
      "after",
      examples([
        'mou review add nghe-an-quang-ngai-2023 --date 2025-08-15 --summary "Đánh giá 2 năm thực hiện"',
        "mou review add nghe-an-quang-ngai-2023 --date 2025-08-15 --covers 1 --dry-run",
      ]),
    )
    .action(
      action(async (context, id: string, options: Options<typeof import("./commands/edit.js").reviewAdd, 1>) =>
        (await import("./commands/edit.js")).reviewAdd(id, options, context),
      ),
    );

  const commitment = program.command("commitment").description("update commitments");
  commitment
    .command("set")
    .description("change a commitment's status or deadline, or note its progress, in the agreement's file")
    .argument("<id>", "the agreement's id")
    .argument("<commitment>", "the commitment's id")
    .addOption(new Option("--status <status>", "the new status").choices(commitmentStatuses))
    .option("--due <date>", "the new deadline (YYYY-MM-DD)")
    .option(
      "--note <text>",
      "a progress note, added to the commitment's history under today's date (with the new status, if any)",
    )
    .option("--dry-run", "print the change as a diff and write nothing")
    .addHelpText(
      "after",
      examples([
        "mou commitment set nghe-an-quang-ngai-2023 2 --status in-progress",
        'mou commitment set nghe-an-quang-ngai-2023 2 --status stalled --note "Chưa bố trí được vốn"',
        "mou commitment set ba-ria-vung-tau-pbeg-2018 2a --due 2026-12-31 --dry-run",
      ]),
    )
    .action(
      action(
        async (
          context,
          id: string,
          item: string,
          options: Options<typeof import("./commands/edit.js").commitmentSet, 2>,
        ) => (await import("./commands/edit.js")).commitmentSet(id, item, options, context),
      ),
    );

  program
    .command("new")
    .description("create a valid agreement file with a commented skeleton, in the agreements folder (never overwrites)")
    .argument("<id>", "the new agreement's id, e.g. nghe-an-quang-ngai-2023")
    .requiredOption("--title <text>", "its title, in the --lang language")
    .requiredOption("--signed <date>", "the signing date (YYYY-MM-DD)")
    .option(
      "--party <id:name>",
      'a party, e.g. "nghe-an:Tỉnh Nghệ An" (repeat for each)',
      (value: string, list: string[] = []) => [...list, value],
    )
    .addOption(new Option("--kind <kind>", "the kind of agreement").choices(agreementKinds).default("mou"))
    .option("--every <duration>", "the review period, e.g. P2Y")
    .option("--dry-run", "print the file and write nothing")
    .addHelpText(
      "after",
      examples([
        'mou new ha-tinh-quang-binh-2024 --title "Chương trình hợp tác" --signed 2024-03-01 --party "ha-tinh:Tỉnh Hà Tĩnh" --party "quang-binh:Tỉnh Quảng Bình" --every P1Y',
      ]),
    )
    .action(
      action(async (context, id: string, options: Options<typeof import("./commands/edit.js").newAgreement, 1>) =>
        (await import("./commands/edit.js")).newAgreement(id, options, context),
      ),
    );

  program
    .command("units")
    .description(
      "the provincial-level units by code, with the 2025 reorganisation: names, and what took over each closed code",
    )
    .addOption(format(["table", "json"] as const, "table"))
    .addHelpText("after", examples(["mou units", "mou units --as-of 2025-06-30", "mou units --format json"]))
    .action(
      action(async (context, options: Options<typeof import("./commands/units.js").units, 0>) =>
        (await import("./commands/units.js")).units(options, context),
      ),
    );

  program
    .command("schema")
    .description("print the JSON Schema of agreement files (or of mou.config.yaml), for editors and other tools")
    .addArgument(new Argument("[name]", "which schema").choices(["agreement", "config"]).default("agreement"))
    .action(async (name: "agreement" | "config") => done((await import("./commands/schema.js")).schema(name)));

  return program;
}

/** Runs mou with the given arguments; returns the exit code. Throws UsageError and CommanderError. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let output: CommandOutput | undefined;
  const program = buildProgram(io, (o) => (output = o));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  if (output === undefined) {
    io.write(program.helpInformation());
    return 0;
  }
  if (output.stdout) io.write(output.stdout);
  if (output.stderr) io.writeError(output.stderr);
  return output.exitCode;
}
