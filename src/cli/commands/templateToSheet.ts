/**
 * `thidua template to-sheet <id|file.json> --out <design.xlsx> [--force]`: the template as a Thiết kế tiêu chí
 * sheet (src/workbook/design) a cluster can open, edit in Excel and turn back into a template with from-sheet.
 * Exit 0 = written; 1 = the template has errors; 2 = usage, file paths (an existing output without --force).
 */
import { render } from "../../domain";
import { DESIGN_SHEET, templateToDesign } from "../../domain/template/design";
import { message } from "../../messages/message";
import { designWorkbookPlan } from "../../workbook/design/designSheet";
import { EXIT_OK, type CliIo } from "../args";
import { loadCheckedTemplate } from "../templateSource";
import { checkOutputPath, writePlanFile } from "./build";
import { sheetArgs } from "./templateSheetArgs";

export async function templateToSheetCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const a = sheetArgs(argv, io, "to-sheet");
  if (typeof a === "number") return a;
  const { locale, out, failed, input: source } = a;
  const target = checkOutputPath(a.output, io.cwd, a.force, [source]);
  if (!target.ok) return failed(target);
  const template = loadCheckedTemplate(source, io.cwd, locale);
  if (!template.ok) return failed(template);
  const written = await writePlanFile(designWorkbookPlan(templateToDesign(template.value.input)), target.value);
  if (!written.ok) return failed(written);
  const count = template.value.byKey.size;
  out(render(message("design.cli.toSheet.written", { file: a.output, sheet: DESIGN_SHEET, title: template.value.title, count }), locale));
  return EXIT_OK;
}
