/**
 * `thidua template from-table <table.tsv|.csv|.txt|.xlsx> [--sheet <name>] [--out <t.json>] [--force]
 * [--id <id>] [--title "…"]`: reads a criteria table copied from Word or PDF (docs/template-format.md,
 * "Nhập bảng dán từ Word/PDF"), prints the proposed tree and the findings, and only with --out writes the
 * proposal as a template file (all or nothing, never over an input, an existing file only with --force).
 * Exit 0 = a proposal (warnings allowed); 1 = no proposal (the findings say why); 2 = usage, file paths.
 */
import { resolve } from "node:path";
import { render, type Locale } from "../../domain";
import { walk } from "../../domain/template/tree";
import { gridOfText, importTable, type ImportFinding, type TableImport } from "../../domain/template/fromTable";
import { message, type Message } from "../../messages/message";
import { methodText } from "../../workbook/validation";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { readTextFile, type Read } from "../csv/readText";
import { readWorkbookInput } from "../files/readInput";
import { checkOutputs, writeAllOrNothing, type WritePolicy } from "../files/writeAll";
import { t } from "../messages";
import { gridOfWorksheet } from "./tableSheet";

const SEVERITIES = ["error", "warning", "info"] as const;

async function readGrid(file: string, cwd: string, sheet: string | undefined): Promise<Read<{ grid: string[][]; notes: Message[] }>> {
  if (/\.xlsx$/iu.test(file)) {
    const book = await readWorkbookInput(file, cwd, "workbook");
    if (!book.ok) return book;
    const ws = sheet === undefined ? book.value.workbook.worksheets[0] : book.value.workbook.getWorksheet(sheet);
    if (!ws) return { ok: false, exit: EXIT_USAGE, errors: [message("design.import.cli.noSheet", { file, sheet: sheet ?? "" })] };
    return { ok: true, value: { grid: gridOfWorksheet(ws), notes: [] } };
  }
  const textFile = readTextFile(file, cwd, "csv");
  if (!textFile.ok) return textFile;
  const read = gridOfText(textFile.value);
  return { ok: true, value: { grid: read.grid, notes: read.quotesUnmatched ? [message("design.import.cli.quotes", { file })] : [] } };
}

function treeLines(r: TableImport, locale: Locale): string[] {
  if (!r.template) return [];
  const out = [render(message("design.import.cli.summary", { count: r.template.leaves.length, total: r.template.total }), locale)];
  for (const c of walk(r.template.criteria)) {
    const kind = c.kind === "scored" || (c.parentCode !== null && r.template.byKey.get(c.parentCode.toLowerCase())?.kind === c.kind) ? "" : ` [${c.kind}]`;
    const method = c.children.length === 0 ? ` — ${methodText(c)}` : "";
    out.push(`${"  ".repeat(c.depth + 1)}${c.code}  ${c.title.split("\n")[0]} (${render(message("design.import.cli.points", { max: c.max }), locale)})${kind}${method}`);
  }
  return out;
}

function findingLines(findings: readonly ImportFinding[], locale: Locale): string[] {
  if (findings.length === 0) return [render(message("design.import.cli.noFindings"), locale)];
  return SEVERITIES.flatMap((s) => {
    const group = findings.filter((f) => f.severity === s);
    if (group.length === 0) return [];
    return [t(locale, "rank.findingsHeading", { severity: t(locale, `severity.${s}`), count: group.length }), ...group.map((f) => `  ${render(f.message, locale)}`)];
  });
}

function policyFor(table: string, cwd: string, force: boolean): WritePolicy {
  return { force, inputs: [{ file: table, full: resolve(cwd, table) }] };
}

export async function templateFromTableCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const err = lines(io.stderr);
  const parsed = parseArgs(argv, {
    command: "template from-table",
    options: {
      out: { type: "string", short: "o", example: "--out mau.json" },
      sheet: { type: "string", example: '--sheet "Sheet1"' },
      id: { type: "string", example: "--id cum-3-2025" },
      title: { type: "string", example: '--title "Thang điểm Cụm 3"' },
      force: { type: "boolean" },
    },
    maxPositionals: 1,
  });
  if (!parsed.ok) return (err(render(parsed.error, locale)), EXIT_USAGE);
  const o = parsed.args.options;
  if (o.help) return (out(render(message("design.import.cli.help"), locale)), EXIT_OK);
  const table = parsed.args.positionals[0];
  if (table === undefined) return (err(render(message("design.import.cli.noTable"), locale)), EXIT_USAGE);
  const target = typeof o.out === "string" ? o.out : undefined;
  if (target !== undefined && !/\.json$/iu.test(target)) return (err(render(message("design.import.cli.notJson", { file: target }), locale)), EXIT_USAGE);
  const policy = policyFor(table, io.cwd, o.force === true);
  if (target !== undefined) {
    const refused = checkOutputs([{ file: target, full: resolve(io.cwd, target) }], policy);
    if (refused.length > 0) return (err(...refused.map((m) => render(m, locale))), EXIT_USAGE);
  }
  const read = await readGrid(table, io.cwd, typeof o.sheet === "string" ? o.sheet : undefined);
  if (!read.ok) return (err(...read.errors.map((m) => render(m, locale))), read.exit);
  const r = importTable(read.value.grid, {
    ...(typeof o.id === "string" ? { id: o.id } : {}),
    ...(typeof o.title === "string" ? { title: o.title } : {}),
  });
  out(...read.value.notes.map((m) => render(m, locale)), ...treeLines(r, locale), "", ...findingLines(r.findings, locale), "");
  if (!r.template || !r.input) return (err(render(message("design.import.cli.noProposal"), locale)), EXIT_DATA);
  if (target === undefined) return (out(render(message("design.import.cli.notWritten"), locale)), EXIT_OK);
  const problems = writeAllOrNothing([{ file: target, full: resolve(io.cwd, target), data: `${JSON.stringify(r.input, null, 2)}\n` }], policy);
  if (problems.length > 0) return (err(...problems.map((m) => render(m, locale))), EXIT_USAGE);
  out(render(message("design.import.cli.written", { file: target }), locale));
  return EXIT_OK;
}
