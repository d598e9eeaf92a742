/** Dispatch: `thidua [--lang vi|en] <command> …` → the command function; usage and exit code 2 for anything else. */
import { EXIT_OK, EXIT_USAGE, lines, pickLocale, type CliIo, type Command } from "./args";
import { buildCommand } from "./commands/build";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { exportCommand } from "./commands/export";
import { handoutCommand } from "./commands/handout";
import { mergeCommand } from "./commands/merge";
import { rankCommand } from "./commands/rank";
import { templatesCommand } from "./commands/templates";
import { helpText, type HelpTopic } from "./help";
import { t } from "./messages";

/** A command that writes files (exceljs is asynchronous). */
export type AsyncCommand = (args: readonly string[], io: CliIo) => Promise<number>;

export const commands: Readonly<Record<string, Command | AsyncCommand>> = {
  templates: templatesCommand,
  check: checkCommand,
  rank: rankCommand,
  build: buildCommand,
  demo: demoCommand,
  export: exportCommand,
  handout: (args, io) => handoutCommand(args, io),
  merge: (args, io) => mergeCommand(args, io),
};

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
  if (word !== undefined && Object.hasOwn(commands, word)) return commands[word]!(rest, io);
  const err = lines(io.stderr);
  if (word !== undefined) err(t(locale, "usage.unknownCommand", { command: word }), "");
  else if (leading.length === 0) err(t(locale, "usage.noCommand"), "");
  err(helpText("main", locale));
  return EXIT_USAGE;
}
