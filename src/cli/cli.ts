/** Dispatch: `thidua [--lang vi|en] <command> …` → the command function; usage and exit code 2 for anything else. */
import { EXIT_OK, EXIT_USAGE, lines, pickLocale, type CliIo, type Command } from "./args";
import { helpText, type HelpTopic } from "./help";
import { t } from "./messages";

/** A command that writes files (exceljs is asynchronous). */
export type AsyncCommand = (args: readonly string[], io: CliIo) => Promise<number>;

/*
 * Each command's module is loaded only when that command runs, so `thidua --help` or `thidua rank` never
 * pays for exceljs and docx. CommonJS require, because the `thidua` bin runs the sources through tsx's
 * CommonJS loader (its ESM loader is not registered) and Jest compiles to CommonJS too.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
type Loader = () => Command | AsyncCommand | ((args: readonly string[], io: CliIo) => number | Promise<number>);

export const commands: Readonly<Record<string, Loader>> = {
  templates: () => (require("./commands/templates") as typeof import("./commands/templates")).templatesCommand,
  check: () => (require("./commands/check") as typeof import("./commands/check")).checkCommand,
  rank: () => (require("./commands/rank") as typeof import("./commands/rank")).rankCommand,
  build: () => (require("./commands/build") as typeof import("./commands/build")).buildCommand,
  demo: () => (require("./commands/demo") as typeof import("./commands/demo")).demoCommand,
  export: () => (require("./commands/export") as typeof import("./commands/export")).exportCommand,
  template: () => (require("./commands/template") as typeof import("./commands/template")).templateCommand,
  handout: () => {
    const { handoutCommand } = require("./commands/handout") as typeof import("./commands/handout");
    return (args, io) => handoutCommand(args, io);
  },
  merge: () => {
    const { mergeCommand } = require("./commands/merge") as typeof import("./commands/merge");
    return (args, io) => mergeCommand(args, io);
  },
  rollup: () => {
    const { rollupCommand } = require("./commands/rollup") as typeof import("./commands/rollup");
    return (args, io) => rollupCommand(args, io);
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The exit code; a Promise for the commands that write files (build, demo). */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const locale = pickLocale(argv, io.env);
  // Global options may come before the command: --lang X, --lang=X, -h/--help.
  const leading: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang" && i + 1 < argv.length) leading.push(a, argv[++i]!);
    else if (a.startsWith("--lang=") || a === "--help" || a === "-h") leading.push(a);
    else break;
  }
  const word = argv[i];
  const rest = [...argv.slice(i + 1), ...leading];
  const wantsHelp = leading.includes("--help") || leading.includes("-h") || word === "help";
  if (wantsHelp) {
    const topic = [word, ...argv.slice(i + 1)].find((a) => a !== undefined && Object.hasOwn(commands, a));
    lines(io.stdout)(helpText((topic as HelpTopic | undefined) ?? "main", locale));
    return EXIT_OK;
  }
  if (word !== undefined && Object.hasOwn(commands, word)) return commands[word]!()(rest, io);
  const err = lines(io.stderr);
  if (word !== undefined) err(t(locale, "usage.unknownCommand", { command: word }), "");
  else if (leading.length === 0) err(t(locale, "usage.noCommand"), "");
  err(helpText("main", locale));
  return EXIT_USAGE;
}
