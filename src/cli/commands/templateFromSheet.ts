/**
 * `thidua template from-sheet <design.xlsx> --out <template.json> [--force]`: reads the Thiết kế tiêu chí sheet,
 * prints its findings with their cells (the template checks' words) and, when it has no error, saves the template
 * file. Exit 0 = written (warnings allowed); 1 = the design has errors (nothing written); 2 = usage, file paths.
 */
import { resolve } from "node:path";
import { render, type Locale } from "../../domain";
import type { DesignFinding } from "../../domain/template/design";
import { message } from "../../messages/message";
import { readDesignWorkbook } from "../../xlsx/readDesignSheet";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, type CliIo } from "../args";
import { readWorkbookInput } from "../files/readInput";
import { checkOutputs, writeAllOrNothing } from "../files/writeAll";
import { t } from "../messages";
import { sheetArgs } from "./templateSheetArgs";

function findingLines(findings: readonly DesignFinding[], locale: Locale): string[] {
  if (findings.length === 0) return [render(message("design.cli.fromSheet.noFindings"), locale)];
  return findings.map((f) =>
    render(message("design.cli.fromSheet.finding", { cell: f.cell, severity: t(locale, `severity.${f.severity}`), text: f.message }), locale),
  );
}

export async function templateFromSheetCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const a = sheetArgs(argv, io, "from-sheet");
  if (typeof a === "number") return a;
  const { locale, out, failed, input } = a;
  if (!/\.json$/i.test(a.output)) return failed({ exit: EXIT_USAGE, errors: [message("design.cli.template.notJson", { file: a.output })] });
  const target = { file: a.output, full: resolve(io.cwd, a.output) };
  const policy = { force: a.force, inputs: [{ file: input, full: resolve(io.cwd, input) }] };
  const refused = checkOutputs([target], policy);
  if (refused.length > 0) return failed({ exit: EXIT_USAGE, errors: refused });

  const book = await readWorkbookInput(input, io.cwd, "workbook");
  if (!book.ok) return failed(book);
  const read = readDesignWorkbook(book.value.workbook);
  const findings = read.ok ? read.result.findings : read.findings;
  out(...findingLines(findings, locale));
  if (!read.ok || read.result.template === null) {
    out("", render(message("design.cli.fromSheet.hasErrors", { count: findings.filter((f) => f.severity === "error").length }), locale));
    return EXIT_DATA;
  }
  const problems = writeAllOrNothing([{ ...target, data: `${JSON.stringify(read.result.data, null, 2)}\n` }], policy);
  if (problems.length > 0) return failed({ exit: EXIT_USAGE, errors: problems });
  const tpl = read.result.template;
  out("", render(message("design.cli.fromSheet.written", { file: a.output, title: tpl.title, id: tpl.id, leaves: tpl.leaves.length, total: tpl.total }), locale));
  return EXIT_OK;
}
