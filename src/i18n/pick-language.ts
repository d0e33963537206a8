import { DEFAULT_LANG, type Lang, langs } from "./lang.js";

const isLang = (value: string | undefined): value is Lang => (langs as readonly string[]).includes(value ?? "");

/**
 * The language to speak, from the first source that says: `--lang`, then `lang` in mou.config.yaml, then
 * the environment's locale (LC_ALL, LC_MESSAGES, LANG: "vi_VN.UTF-8" → vi, "en_US.UTF-8" → en), else
 * Vietnamese.
 */
export function pickLanguage(sources: {
  flag?: string;
  config?: string;
  env: Readonly<Record<string, string | undefined>>;
}): Lang {
  if (isLang(sources.flag)) return sources.flag;
  if (isLang(sources.config)) return sources.config;
  const locale = [sources.env.LC_ALL, sources.env.LC_MESSAGES, sources.env.LANG].find(
    (v) => v !== undefined && v !== "",
  );
  const language = locale?.slice(0, 2).toLowerCase();
  return isLang(language) ? language : DEFAULT_LANG;
}

/** The value of --lang in raw arguments ("--lang en" or "--lang=en"), before commander has parsed them. */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}

/** `lang:` in the text of mou.config.yaml, read without a YAML parser (the full reading comes later). */
export function configLang(text: string | undefined): string | undefined {
  return text === undefined ? undefined : /^lang:[ \t]*["']?(vi|en)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
}
