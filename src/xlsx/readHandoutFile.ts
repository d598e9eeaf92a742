/**
 * Reads a member unit's self-scoring file (made by buildHandoutPlan, filled in Excel or LibreOffice)
 * into pure data for the merge (src/domain/merge). Never throws on a bad file: .xls, password-protected,
 * CSV/text, random bytes, an empty or truncated zip, a deleted meta or main sheet all come back as an
 * UnreadableHandout with a message saying what it is and how to fix it (src/domain/files). Rows are read by their code in column A, so moved
 * rows are still matched (the merge reports them).
 */
import ExcelJS from "exceljs";
import { sniffFile } from "../domain/files/fileKind";
import { damagedWorkbook, workbookProblem } from "../domain/files/problems";
import { HANDOUT_FORMAT, HANDOUT_FORMAT_VERSION, type HandoutInput, type HandoutMeta, type HandoutRow } from "../domain/merge/types";
import { cleanText } from "../domain/text/normalize";
import { message, type Message } from "../messages/message";
import { SHEET } from "../workbook/names";
import { HANDOUT_COL, HANDOUT_FIRST_ROW, HANDOUT_META_KEYS, HANDOUT_SHEET } from "../workbook/handout/handoutLayout";
import { addr } from "../workbook/plan";
import { cellValue, workbookCells } from "./readClusterWorkbook";

const unreadable = (file: string, m: Message): HandoutInput => ({ file, unreadable: m });

/** Parses the bytes of one file; `file` is the name shown in messages. The kind of a bad file is sniffed first (docs/bad-inputs.md). */
export async function readHandoutBytes(file: string, bytes: Uint8Array): Promise<HandoutInput> {
  const problem = workbookProblem(sniffFile(bytes), "handout");
  if (problem) return unreadable(file, problem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // jszip/exceljs wording tells the unit nothing: a file that looked like an .xlsx but does not load is damaged.
    return unreadable(file, damagedWorkbook("handout"));
  }
  return readHandoutWorkbook(file, wb);
}

/** The handout in an exceljs workbook. */
export function readHandoutWorkbook(file: string, wb: ExcelJS.Workbook): HandoutInput {
  const cells = workbookCells(wb);
  const metaSheet = cells.sheet(HANDOUT_SHEET.meta);
  if (!metaSheet) {
    if (cells.hasSheet(SHEET.meta)) return unreadable(file, message("handout.read.isCluster"));
    return unreadable(file, message("handout.read.noMeta", { sheet: HANDOUT_SHEET.meta }));
  }
  const kv = new Map<string, string>();
  const keyRow = new Map<string, number>();
  const rows = Math.max(metaSheet.rowCount, HANDOUT_META_KEYS.length);
  for (let r = 1; r <= rows; r++) {
    const k = cellValue(metaSheet.getCell(r, 1));
    if (k === null || k === undefined) continue;
    const v = cellValue(metaSheet.getCell(r, 2));
    kv.set(String(k).trim(), v === null || v === undefined ? "" : String(v));
    keyRow.set(String(k).trim(), r);
  }
  const format = `${kv.get("format") ?? ""} ${kv.get("formatVersion") ?? ""}`.trim();
  const expected = `${HANDOUT_FORMAT} ${HANDOUT_FORMAT_VERSION}`;
  if (format !== expected) return unreadable(file, message("handout.read.wrongFormat", { sheet: HANDOUT_SHEET.meta, found: format, expected }));
  const meta: HandoutMeta = {
    format: kv.get("format")!,
    formatVersion: Number(kv.get("formatVersion")),
    templateId: kv.get("templateId") ?? "",
    templateVersion: kv.get("templateVersion") ?? "",
    templateHash: kv.get("templateHash") ?? "",
    clusterName: kv.get("clusterName") ?? "",
    period: kv.get("period") ?? "",
    unitName: kv.get("unitName") ?? "",
    unitKey: kv.get("unitKey") ?? "",
    fileId: kv.get("fileId") ?? "",
    generatedAt: kv.get("generatedAt") ?? "",
  };
  const firstRow = Number(kv.get("firstRow")) || HANDOUT_FIRST_ROW;
  const ws = cells.sheet(HANDOUT_SHEET.main);
  if (!ws) return unreadable(file, message("handout.read.noSheet", { sheet: HANDOUT_SHEET.main }));
  const out: HandoutRow[] = [];
  // Criteria are recognised by their code in column A: every non-empty A from the first criterion row
  // down to the summary block (whose A is empty). Rows moved above firstRow are found from the header on.
  const start = Math.min(firstRow, 2);
  for (let r = start; r <= ws.rowCount; r++) {
    const codeRaw = cellValue(ws.getCell(r, HANDOUT_COL.code));
    if (codeRaw === null || codeRaw === undefined || cleanText(String(codeRaw)) === "") continue;
    if (r < firstRow && !isCriterionLike(ws, r)) continue;
    const note = cellValue(ws.getCell(r, HANDOUT_COL.note));
    out.push({
      row: r,
      code: cleanText(String(codeRaw)),
      title: String(cellValue(ws.getCell(r, HANDOUT_COL.title)) ?? ""),
      max: cellValue(ws.getCell(r, HANDOUT_COL.max)),
      self: cellValue(ws.getCell(r, HANDOUT_COL.self)),
      note: note === null || note === undefined ? "" : String(note),
      selfCell: addr(HANDOUT_COL.self, r),
    });
  }
  const nameRow = keyRow.get("unitName");
  return { file, sheet: ws.name, firstRow, meta, rows: out, ...(nameRow ? { unitNameCell: { sheet: metaSheet.name, cell: addr(2, nameRow) } } : {}) };
}

/** Above the first criterion row only the title block and headers live: a criterion row has a numeric maximum. */
function isCriterionLike(ws: ExcelJS.Worksheet, r: number): boolean {
  return typeof cellValue(ws.getCell(r, HANDOUT_COL.max)) === "number";
}
