/**
 * `thidua template to-sheet <id|file.json> --out <design.xlsx> [--force]`: the template as a Thiết kế tiêu chí
 * sheet (src/workbook/design) a cluster can open, edit in Excel and turn back into a template with from-sheet.
 * Exit 0 = written; 1 = the template has errors; 2 = usage, file paths (an existing output without --force).
 */
import { render } from "../../domain";
import { DESIGN_SHEET, templateToDesign } from "../../domain/template/design";
import { message } from "../../messages/message";
import { designWorkbookPlan } from "../../workbook/design/designSheet";
import { EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { helpText } from "../help";
import { text } from "../messages";
import { loadCheckedTemplate } from "../templateSource";
import { checkOutputPath, reportFailure, writePlanFile } from "./build";

export async function templateToSheetCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const failed = (r: { exit: number; errors: readonly import("../messages").CliText[] }) => reportFailure(io, locale, r);
  const parsed = parseArgs(argv, {
    command: "template to-sheet",
    options: { out: { type: "string", short: "o", example: "--out thiet-ke.xlsx" }, force: { type: "boolean" } },
    maxPositionals: 1,
  });
  if (!parsed.ok) return failed({ exit: EXIT_USAGE, errors: [parsed.error] });
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("template", locale));
    return EXIT_OK;
  }
  const example = "thidua template to-sheet blank-100 --out thiet-ke.xlsx";
  const source = parsed.args.positionals[0];
  if (source === undefined) return failed({ exit: EXIT_USAGE, errors: [text("usage.missingArgument", { what: message("design.cli.template.what.template"), example })] });
  if (typeof o.out !== "string") return failed({ exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: "--out", example })] });
  const target = checkOutputPath(o.out, io.cwd, o.force === true, [source]);
  if (!target.ok) return failed(target);
  const template = loadCheckedTemplate(source, io.cwd, locale);
  if (!template.ok) return failed(template);
  const written = await writePlanFile(designWorkbookPlan(templateToDesign(template.value.input)), target.value);
  if (!written.ok) return failed(written);
  const count = template.value.byKey.size;
  out(render(message("design.cli.toSheet.written", { file: o.out, sheet: DESIGN_SHEET, title: template.value.title, count }), locale));
  return EXIT_OK;
}
