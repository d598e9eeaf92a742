/**
 * `thidua export <cluster.xlsx> [--docx out.docx] [--csv out.csv] [--xlsx out.xlsx] [--meeting meeting.json]
 * [--decimal comma|point] [--tone-marks new|old] [--force]`: the documents sent upward after the review (docs/export.md).
 * Every text of the documents is written in one tone-mark style (--tone-marks, default new: "hòa", "thủy").
 * Reads a filled scoring workbook through the workbook contract (meta, units, entries), computes the
 * result with the domain, and checks the cached values of Xếp hạng against it: a workbook never
 * recalculated is fine (the domain's result is used), a cell that disagrees (an edited formula) stops
 * the export (exit 1) unless --force. Meeting details: the Tổng hợp input cells, then meeting.json
 * (its fields win). Output files are never overwritten without --force, never an input, and written all
 * or nothing (src/cli/files/writeAll.ts).
 * Exit 0 = written; 1 = the workbook's data cannot be used as it is; 2 = usage, files.
 */
import ExcelJS from "exceljs";
import { resolve } from "node:path";
import { countBySeverity, evaluateCluster, message, render, type Locale, type Message } from "../../domain";
import { bienBanDocx } from "../../export/bienBan";
import { checkCachedRanking, mismatchMessage } from "../../export/cachedCheck";
import { clusterSummary } from "../../export/clusterSummary";
import { toCsv, type DecimalMark } from "../../export/csv";
import { mergeMeetings, parseMeetingJson, type Meeting } from "../../export/meeting";
import { readMeetingFromSheet } from "../../export/meetingFromSheet";
import { summaryXlsx } from "../../export/summaryXlsx";
import { withToneStyle } from "../../export/toneStyle";
import { PANE_SHEET, savedToneStyleIn } from "../../workbook/paneRecord";
import { parseToneStyle } from "../../domain/text/toneStyle";
import type { exportTexts } from "../../messages/exportTexts";
import type { RawValue } from "../../domain/scoring/entryValue";
import { unitInputsOf, type CellSource } from "../../workbook/readBack";
import { cellValue, readClusterWorkbook, workbookCells } from "../../xlsx/readClusterWorkbook";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { checkOutputs, writeAllOrNothing, type FileWrite, type WritePolicy } from "../files/writeAll";
import { readTextFile } from "../csv/readText";
import { readWorkbookInput } from "../files/readInput";
import { findingLines } from "../format/rankReport";
import { helpText } from "../help";

type ExportCliId = Extract<keyof typeof exportTexts, `cli.${string}`>;
const ex = (id: ExportCliId, params: Readonly<Record<string, string | number | Message>> = {}) => message(`export.${id}`, params);

/**
 * Formula results as saved, for the cached-value check. exceljs's `cell.value` drops a falsy result
 * (0, false, "") of a formula cell; `cell.result` keeps 0 and false (see test/support/libreoffice/values.ts).
 */
function cachedResults(sheet: (name: string) => ExcelJS.Worksheet | undefined): CellSource {
  return (name, row, col) => {
    const cell = sheet(name)?.getCell(row, col);
    if (!cell) return null;
    if (cell.type !== ExcelJS.ValueType.Formula) return cellValue(cell);
    const r: unknown = cell.result;
    if (r === undefined || r === null) return null;
    if (typeof r === "object") return "error" in r ? String((r as ExcelJS.CellErrorValue).error) : null;
    return r as RawValue;
  };
}

/** A formula cell saved without a result: the workbook was written by a program since it was last calculated. */
function uncalculatedFormula(sheet: (name: string) => ExcelJS.Worksheet | undefined): (name: string, row: number, col: number) => boolean {
  return (name, row, col) => {
    const cell = sheet(name)?.getCell(row, col);
    return cell?.type === ExcelJS.ValueType.Formula && (cell.result === undefined || cell.result === null);
  };
}

type Output = { kind: "docx" | "csv" | "xlsx"; file: string; full: string };

/** An output path as typed: the extension must match the option (the folder, inputs etc. are checked by checkOutputs). */
function outputPath(kind: Output["kind"], file: string, cwd: string): { ok: true; value: Output } | { ok: false; error: Message } {
  const ext = `.${kind}`;
  if (!file.toLowerCase().endsWith(ext)) return { ok: false, error: ex("cli.wrongExtension", { option: `--${kind}`, file, ext }) };
  return { ok: true, value: { kind, file, full: resolve(cwd, file) } };
}

export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale: Locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const fail = (exit: number, ...errors: Message[]) => {
    lines(io.stderr)(...errors.map((e) => render(e, locale)));
    return exit;
  };
  const parsed = parseArgs(argv, {
    command: "export",
    options: {
      docx: { type: "string", example: "--docx bien-ban.docx" },
      csv: { type: "string", example: "--csv tong-hop.csv" },
      xlsx: { type: "string", example: "--xlsx tong-hop.xlsx" },
      meeting: { type: "string", short: "m", example: "--meeting cuoc-hop.json" },
      decimal: { type: "string", example: "--decimal comma" },
      "tone-marks": { type: "string", example: "--tone-marks new" },
      force: { type: "boolean" },
    },
    maxPositionals: 1,
  });
  if (!parsed.ok) return fail(EXIT_USAGE, parsed.error);
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("export", locale));
    return EXIT_OK;
  }
  const input = parsed.args.positionals[0];
  if (input === undefined) return fail(EXIT_USAGE, ex("cli.missingInput"));
  const force = o.force === true;
  let decimal: DecimalMark = "comma";
  if (typeof o.decimal === "string") {
    const d = o.decimal.trim().toLowerCase();
    if (d !== "comma" && d !== "point") return fail(EXIT_USAGE, ex("cli.badDecimal", { value: o.decimal }));
    decimal = d;
  }
  const askedTone = typeof o["tone-marks"] === "string" ? parseToneStyle(o["tone-marks"]) : undefined;
  if (askedTone === null) return fail(EXIT_USAGE, message("hygiene.cli.badToneMarks", { value: String(o["tone-marks"]) }));
  const outputs: Output[] = [];
  for (const kind of ["docx", "csv", "xlsx"] as const) {
    const file = o[kind];
    if (typeof file !== "string") continue;
    const checked = outputPath(kind, file, io.cwd);
    if (!checked.ok) return fail(EXIT_USAGE, checked.error);
    outputs.push(checked.value);
  }
  if (outputs.length === 0) return fail(EXIT_USAGE, ex("cli.noOutput"));
  // No output may be an input (the workbook, meeting.json), whatever the flags; all are checked before reading.
  const policy: WritePolicy = { force, inputs: [input, ...(typeof o.meeting === "string" ? [o.meeting] : [])].map((f) => ({ file: f, full: resolve(io.cwd, f) })) };
  const refused = checkOutputs(outputs, policy);
  if (refused.length > 0) return fail(EXIT_USAGE, ...refused);

  // meeting.json first: a typo there is found before the workbook is read.
  let jsonMeeting: Meeting | null = null;
  if (typeof o.meeting === "string") {
    const content = readTextFile(o.meeting, io.cwd, "meeting");
    if (!content.ok) return fail(content.exit, ...content.errors);
    const m = parseMeetingJson(content.value, o.meeting);
    if (!m.ok) return fail(EXIT_DATA, ...m.errors);
    jsonMeeting = m.meeting;
  }

  // Not found, locked, .xls, password-protected, damaged…: one plain message (docs/bad-inputs.md).
  const book = await readWorkbookInput(input, io.cwd, "workbook");
  if (!book.ok) return fail(book.exit, ...book.errors);
  const loaded = { workbook: book.value.workbook, read: readClusterWorkbook(book.value.workbook) };
  if (!loaded.read.ok) return fail(EXIT_DATA, ex("cli.contract", { file: input, detail: loaded.read.error }));
  const cluster = loaded.read.value;
  if (cluster.codeMismatches.length > 0) {
    return fail(
      EXIT_DATA,
      ...cluster.codeMismatches.map((m) => ex("cli.codeMismatch", { file: input, cell: m.cell, expected: m.expected, found: String(m.found ?? "") })),
    );
  }
  const { template } = cluster.meta;
  const result = evaluateCluster(template, unitInputsOf(cluster), cluster.entries);
  const findings = findingLines(result.findings, locale);
  if (findings.length > 0) out(...findings, "");
  const errors = countBySeverity(result.findings).error;
  if (errors > 0 && !force) return fail(EXIT_DATA, ex("cli.scoreErrors", { count: errors }));

  const cells = workbookCells(loaded.workbook);
  const cached = checkCachedRanking(cachedResults(cells.sheet), cluster.layout, result, uncalculatedFormula(cells.sheet));
  if (cached.status === "notRecalculated") out(render(ex("cli.notRecalculated", { file: input }), locale));
  if (cached.status === "mismatch") {
    lines(io.stderr)(...cached.mismatches.map((m) => render(mismatchMessage(m), locale)));
    if (!force) return fail(EXIT_DATA, ex("cli.mismatchStop", { count: cached.mismatches.length }));
    out(render(ex("cli.mismatchForced", { count: cached.mismatches.length }), locale));
  }

  const fromSheet = readMeetingFromSheet(cells.read, cells.hasSheet, template, cluster.meta.unitCount);
  if (fromSheet.errors.length > 0 && !jsonMeeting) return fail(EXIT_DATA, ...fromSheet.errors);
  const meeting = jsonMeeting ? mergeMeetings(fromSheet.errors.length > 0 ? {} : fromSheet.meeting, jsonMeeting) : fromSheet.meeting;
  if (fromSheet.cellsFilled > 0) {
    out(render(ex("cli.meetingFromSheet", { json: typeof o.meeting === "string" ? ex("cli.meetingJson", { file: o.meeting }) : "" }), locale));
  }

  // Without --tone-marks, the style chosen in the pane's Xuất and saved in the workbook, else the new style.
  const saved = cells.hasSheet(PANE_SHEET) ? savedToneStyleIn(cells.read(PANE_SHEET, 1, 19), "") : null;
  const toneStyle = askedTone ?? saved ?? "new";
  if (askedTone === undefined && saved !== null) out(render(message("hygiene.cli.savedToneMarks", { style: message(`hygiene.tone.${saved}`) }), locale));
  const summary = withToneStyle(clusterSummary(result, { clusterName: cluster.meta.clusterName, period: cluster.meta.period, meeting }), toneStyle);
  const writes: FileWrite[] = [];
  for (const target of outputs) {
    const data: Uint8Array | string =
      target.kind === "docx" ? await bienBanDocx(summary) : target.kind === "xlsx" ? await summaryXlsx(summary, template.precision) : toCsv(summary.table, { decimal });
    writes.push({ file: target.file, full: target.full, data });
  }
  const problems = writeAllOrNothing(writes, policy);
  if (problems.length > 0) return fail(EXIT_USAGE, ...problems);
  out(...outputs.map((target) => render(ex("cli.written", { file: target.file }), locale)));
  return EXIT_OK;
}
