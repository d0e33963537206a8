import chalk, { Chalk, type ChalkInstance } from "chalk";
import { parseDateOption } from "./commands/options.js";
import { dateInTimeZone } from "./core/schedule/dates.js";
import { UsageError } from "./errors.js";
import { messages } from "./i18n/index.js";
import type { Lang } from "./i18n/lang.js";
import { pickLanguage } from "./i18n/pick-language.js";
import { cacheFolder } from "./load/cache/folder.js";
import { type Config, loadConfig } from "./load/config.js";

export const DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh";
export const DEFAULT_AGREEMENTS_DIR = "agreements";

/** What the outside world gives mou: injected so that commands never read the clock or process state. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  now: () => number;
  stdoutIsTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal. */
  columns?: number;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

/** The global options, as commander parsed them. */
export interface Globals {
  dir?: string;
  asOf?: string;
  lang?: Lang;
  color?: boolean;
  debug?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
}

/** Everything a command needs to know about its run, resolved once. */
export interface Context {
  cwd: string;
  config: Config;
  /** "Today": --as-of, else the date in the configured time zone. */
  asOf: string;
  lang: Lang;
  /** The agreements folder: --dir, else the configuration's, else "agreements". */
  dir: string;
  chalk: ChalkInstance;
  /** Whether stdout is a terminal (code frames, tables). */
  tty: boolean;
  /** Width to fit tables and text to: $COLUMNS, else the terminal's; undefined when piped. */
  width?: number;
  /** Threads for checking many files: $MOU_THREADS, else one per core. */
  threads?: number;
  /** The folder where checked files are remembered between runs; undefined with --no-cache. */
  cache?: string;
  /** The IANA time zone that decides "today": mou.config.yaml's, else Asia/Ho_Chi_Minh. */
  timeZone: string;
  /**
   * When this run makes its files (epoch ms), for the timestamps written into them (iCalendar DTSTAMP,
   * PDF dates): the clock, or SOURCE_DATE_EPOCH (seconds) when set, for reproducible output.
   */
  now: number;
  /** Things worth saying on stderr before the output, such as how a date written 24/7/2025 was read. */
  notices: string[];
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): a whole number of seconds since 1970, when set. */
function sourceDateEpoch(env: Io["env"]): number | undefined {
  const text = env.SOURCE_DATE_EPOCH;
  return text !== undefined && /^\d{1,12}$/.test(text) ? Number(text) * 1000 : undefined;
}

function colorLevel(globals: Globals, io: Io): 0 | 1 | 2 | 3 {
  if (globals.color === false) return 0;
  // chalk has already read FORCE_COLOR and the terminal's abilities for stdout.
  if (io.env.FORCE_COLOR !== undefined) return chalk.level;
  if (io.env.NO_COLOR) return 0;
  return io.stdoutIsTTY ? chalk.level : 0;
}

function widthOf(io: Io): { width?: number } {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 20) return { width: fromEnv };
  return io.stdoutIsTTY && io.columns !== undefined && io.columns > 20 ? { width: io.columns } : {};
}

export async function resolveContext(
  globals: Globals,
  io: Io,
  options: { configured?: boolean } = {},
): Promise<Context> {
  // A command that must work with a broken configuration (see ActionOptions) never reads it.
  const config = options.configured === false ? {} : await loadConfig(io.cwd, globals.lang);
  let asOf: string;
  const timeZone = config.timezone ?? DEFAULT_TIMEZONE;
  const lang = pickLanguage({ flag: globals.lang, config: config.lang, env: io.env });
  const notices: string[] = [];
  if (globals.asOf !== undefined) {
    asOf = parseDateOption("--as-of", globals.asOf, { lang, notices });
  } else {
    try {
      asOf = dateInTimeZone(io.now(), timeZone);
    } catch {
      throw new UsageError(messages(lang).options.timeZone({ zone: timeZone, example: DEFAULT_TIMEZONE }));
    }
  }
  const cache = globals.cache === false ? undefined : cacheFolder(io.env, io.cwd);
  return {
    cwd: io.cwd,
    config,
    asOf,
    lang,
    dir: globals.dir ?? config.agreements ?? DEFAULT_AGREEMENTS_DIR,
    chalk: new Chalk({ level: colorLevel(globals, io) }),
    tty: io.stdoutIsTTY,
    ...widthOf(io),
    ...(Number(io.env.MOU_THREADS) >= 1 ? { threads: Math.floor(Number(io.env.MOU_THREADS)) } : {}),
    ...(cache ? { cache } : {}),
    timeZone,
    now: sourceDateEpoch(io.env) ?? io.now(),
    notices,
  };
}
