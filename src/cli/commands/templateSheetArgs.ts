/** The command line shared by `template to-sheet` and `template from-sheet`: one input, --out, --force, --help. */
import type { Locale } from "../../domain";
import { message } from "../../messages/message";
import { EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { helpText } from "../help";
import { text, type CliText } from "../messages";
import { reportFailure } from "./build";

export interface SheetArgs {
  readonly locale: Locale;
  readonly out: (...ls: string[]) => void;
  readonly failed: (r: { exit: number; errors: readonly CliText[] }) => number;
  readonly input: string;
  readonly output: string;
  readonly force: boolean;
}

/** The parsed arguments, or the exit code once usage errors or --help have been printed. */
export function sheetArgs(argv: readonly string[], io: CliIo, sub: "to-sheet" | "from-sheet"): SheetArgs | number {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const failed = (r: { exit: number; errors: readonly CliText[] }) => reportFailure(io, locale, r);
  const toSheet = sub === "to-sheet";
  const example = toSheet ? "thidua template to-sheet blank-100 --out thiet-ke.xlsx" : "thidua template from-sheet thiet-ke.xlsx --out mau.json";
  const parsed = parseArgs(argv, {
    command: `template ${sub}`,
    options: { out: { type: "string", short: "o", example: toSheet ? "--out thiet-ke.xlsx" : "--out mau.json" }, force: { type: "boolean" } },
    maxPositionals: 1,
  });
  if (!parsed.ok) return failed({ exit: EXIT_USAGE, errors: [parsed.error] });
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("template", locale));
    return EXIT_OK;
  }
  const input = parsed.args.positionals[0];
  const what = message(toSheet ? "design.cli.template.what.template" : "design.cli.template.what.sheet");
  if (input === undefined) return failed({ exit: EXIT_USAGE, errors: [text("usage.missingArgument", { what, example })] });
  if (typeof o.out !== "string") return failed({ exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: "--out", example })] });
  return { locale, out, failed, input, output: o.out, force: o.force === true };
}
