/**
 * `thidua template <subcommand> …`: commands on template files. Each subcommand's code loads only when it
 * runs (like the top-level commands in ../cli.ts); add one line per subcommand to `subcommands`.
 */
import { render } from "../../domain";
import { message } from "../../messages/message";
import { EXIT_OK, EXIT_USAGE, lines, pickLocale, type CliIo } from "../args";
import { helpText } from "../help";

type Sub = (argv: readonly string[], io: CliIo) => Promise<number>;

/* eslint-disable @typescript-eslint/no-require-imports */
export const subcommands: Readonly<Record<string, () => Sub>> = {
  "from-table": () => (require("./templateFromTable") as typeof import("./templateFromTable")).templateFromTableCommand,
  "to-sheet": () => (require("./templateToSheet") as typeof import("./templateToSheet")).templateToSheetCommand,
  "from-sheet": () => (require("./templateFromSheet") as typeof import("./templateFromSheet")).templateFromSheetCommand,
  apply: () => (require("./templateApply") as typeof import("./templateApply")).templateApplyCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export async function templateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const [word, ...rest] = argv;
  if (word !== undefined && Object.hasOwn(subcommands, word)) return subcommands[word]!()(rest, io);
  const names = Object.keys(subcommands).join(", ");
  const help = word === undefined || word === "--help" || word === "-h";
  if (help) {
    lines(io.stdout)(helpText("template", locale));
    return EXIT_OK;
  }
  lines(io.stderr)(render(message("design.import.cli.unknownSub", { word, names }), locale));
  return EXIT_USAGE;
}
