/** Command-line plumbing shared by the commands: the io they write to, option parsing, the locale. */
import type { Locale } from "../domain";
import { text, type CliText } from "./messages";

/** Where a command writes and resolves relative paths; tests pass their own. */
export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type Command = (args: readonly string[], io: CliIo) => number;

export const EXIT_OK = 0;
/** The inputs were read but have errors (template, CSV content, scores). */
export const EXIT_DATA = 1;
/** The command line cannot be carried out: wrong command/option, file cannot be opened, unknown template id. */
export const EXIT_USAGE = 2;

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Shown in "needs a value, e.g. …". */
  readonly example?: string;
  /** May be given several times (`--quota a --quota b`): every value is in `lists[name]`, in order. */
  readonly repeatable?: boolean;
}

export interface ArgSpec {
  readonly command: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly maxPositionals: number;
}

export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean>>;
  readonly positionals: readonly string[];
  /** The values of repeatable options, in the order given (absent when the option was not given). */
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

const COMMON: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string", example: "--lang en" },
};

/** Parses `--name value`, `--name=value`, `-x value`, flags and positionals; `--` ends the options. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): { ok: true; args: ParsedArgs } | { ok: false; error: CliText } {
  const all = { ...COMMON, ...spec.options };
  const byShort = new Map(Object.entries(all).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const lists: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(a);
    const short = /^-([A-Za-z])$/.exec(a);
    if (!long && !short) {
      positionals.push(a);
      continue;
    }
    const name = long ? long[1]! : byShort.get(short![1]!);
    const o = name !== undefined ? all[name] : undefined;
    if (name === undefined || o === undefined) return { ok: false, error: text("usage.unknownOption", { option: a.replace(/=.*$/s, ""), command: spec.command }) };
    const inline = long ? long[2] : undefined;
    if (o.type === "boolean") {
      if (inline !== undefined) return { ok: false, error: text("usage.flagWithValue", { option: `--${name}` }) };
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith("-") && value.length > 1)) {
      return { ok: false, error: text("usage.missingValue", { option: `--${name}`, example: o.example ?? `--${name} …` }) };
    }
    if (inline === undefined) i++;
    if (o.repeatable) {
      (lists[name] ??= []).push(value);
      options[name] = value;
      continue;
    }
    // "-s a.csv … -s b.csv": which one was meant? Refuse instead of silently taking the last (--lang: the last wins).
    const earlier = options[name];
    if (typeof earlier === "string" && earlier !== value && name !== "lang") {
      return { ok: false, error: text("usage.repeatedOption", { option: `--${name}`, first: earlier, second: value }) };
    }
    options[name] = value;
  }
  if (positionals.length > spec.maxPositionals) {
    return { ok: false, error: text("usage.extraArgument", { arg: positionals[spec.maxPositionals]!, command: spec.command }) };
  }
  if (typeof options.lang === "string" && parseLang(options.lang) === null) {
    return { ok: false, error: text("usage.badLang", { value: options.lang }) };
  }
  return { ok: true, args: { options, positionals, lists } };
}

function parseLang(value: string): Locale | null {
  const v = value.trim().toLowerCase();
  if (v === "vi" || v === "vi-vn") return "vi-VN";
  if (v === "en" || v === "en-us") return "en-US";
  return null;
}

/**
 * The language: --lang wins, then THIDUA_LANG, else Vietnamese. LANG/LC_ALL are deliberately
 * ignored (en_US.UTF-8 / C.UTF-8 on most machines, whoever the reader is).
 * Works on raw argv too, so usage errors are already in the chosen language.
 */
export function pickLocale(argv: readonly string[], env: CliIo["env"]): Locale {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i]!;
    if (a === "--") continue;
    const inline = /^--lang=(.*)$/s.exec(a);
    const value = inline ? inline[1] : a === "--lang" ? argv[i + 1] : undefined;
    const l = value !== undefined ? parseLang(value) : null;
    if (l) return l;
  }
  const fromEnv = env?.THIDUA_LANG ? parseLang(env.THIDUA_LANG) : null;
  return fromEnv ?? "vi-VN";
}

/** Writes whole lines. */
export function lines(write: (chunk: string) => void): (...ls: string[]) => void {
  return (...ls) => {
    for (const l of ls) write(`${l}\n`);
  };
}
