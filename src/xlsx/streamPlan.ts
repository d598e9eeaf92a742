/**
 * Writes a plan's sheets with exceljs's streaming WorkbookWriter: each row is written to the zip as soon as
 * it is complete, and each sheet can be built just before it is written and dropped after (a 1000-unit ×
 * 300-criterion workbook holds one sheet at a time, not seven sheets plus exceljs's model of them).
 * The file is the same workbook as planToWorkbook's (src/xlsx/streamPlan.test.ts compares them).
 */
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { DefinedNamePlan, SheetPlan } from "../workbook/plan";
import { worksheetOptions, writeCell, writeSheetSettings, type SheetTarget } from "./cellStyle";
import { cellsByRow, plannedRows } from "./plannedRows";
import { recalculateOnOpen } from "./recalcOnOpen";
import { pageSetup } from "./sheetSettings";
import { addCharts } from "./chart/addCharts";

/** The sheets in order (built lazily if the caller wants), and the defined names, read once every sheet is written. */
export interface PlanStream {
  readonly sheets: Iterable<SheetPlan>;
  readonly definedNames: () => readonly DefinedNamePlan[];
}

/** Cells between two checks of what the zip has not compressed yet (a Điểm row may hold 3,000). */
const CELLS_PER_PAUSE = 2000;
/** Written but not yet compressed: above this, writing waits for the zip (without it, 160 MB piled up at 1000 units). */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;

export async function streamPlan(plan: PlanStream, sink: Writable): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  Object.assign(writer, { creator: "ThiDua" }); // a constructor option exceljs's types leave out
  recalculateOnOpen(writer);
  const sheets = plan.sheets[Symbol.iterator]();
  for (let slot = nextSheet(sheets); slot.sheet; slot = nextSheet(sheets)) await streamSheet(writer, slot);
  for (const d of plan.definedNames()) writer.definedNames.add(d.ref, d.name);
  await writer.commit();
}

/**
 * The next sheet in a slot that streamSheet empties: when the sheets are built lazily, nothing else then
 * holds a sheet, and its cells are let go row by row as they are written.
 */
function nextSheet(sheets: Iterator<SheetPlan>): { sheet?: SheetPlan } {
  const next = sheets.next();
  return next.done ? {} : { sheet: next.value };
}

/** The whole file as bytes (for writes that must be all or nothing), with the plan's charts (./chart/addCharts.ts). */
export async function streamPlanToBuffer(plan: PlanStream): Promise<Buffer> {
  const charts: Pick<SheetPlan, "name" | "charts">[] = [];
  const sheets = noteCharts(plan.sheets, charts);
  const bytes = await streamedBytes({ sheets, definedNames: plan.definedNames });
  return charts.length > 0 ? Buffer.from(await addCharts(bytes, charts)) : bytes;
}

/** The sheets as they are streamed, keeping only each sheet's name and charts (never the sheet: its cells go as they are written). */
function noteCharts(sheets: Iterable<SheetPlan>, out: Pick<SheetPlan, "name" | "charts">[]): Iterable<SheetPlan> {
  const it = sheets[Symbol.iterator]();
  const next = (): IteratorResult<SheetPlan> => {
    const r = it.next();
    if (!r.done && r.value.charts && r.value.charts.length > 0) out.push({ name: r.value.name, charts: r.value.charts });
    return r;
  };
  return { [Symbol.iterator]: () => ({ next }) };
}

async function streamedBytes(plan: PlanStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  await streamPlan(plan, sink);
  await ended;
  return Buffer.concat(chunks);
}

async function streamSheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, slot: { sheet?: SheetPlan }): Promise<void> {
  const { sheet: rest, byRow } = takeCells(slot);
  // The writer writes the sheet's opening part (fitToPage included) as soon as the sheet is added.
  const ws = writer.addWorksheet(rest.name, { ...worksheetOptions(rest), ...(rest.print ? { pageSetup: pageSetup(rest.print) } : {}) });
  for (const [col, width] of Object.entries(rest.columnWidths)) ws.getColumn(col).width = width;
  let sincePause = 0;
  for (const { row, cells, merges, committable } of plannedRows(byRow, rest.merges)) {
    const line = ws.getRow(row);
    for (const [col, c] of cells) writeCell(line.getCell(col), c);
    for (const m of merges) ws.mergeCells(m);
    if (committable !== null) {
      ws.getRow(committable).commit();
      forgetWrittenFormulas(ws);
    }
    sincePause += cells.length;
    if (sincePause >= CELLS_PER_PAUSE) {
      sincePause = 0;
      await zipCatchUp(ws);
    }
  }
  await writeSheetSettings(ws as unknown as SheetTarget, rest);
  ws.commit();
}

/** Empties the slot: the sheet without its cells, and the cells by row. */
function takeCells(slot: { sheet?: SheetPlan }): { sheet: SheetPlan; byRow: ReturnType<typeof cellsByRow> } {
  const sheet = slot.sheet!;
  delete slot.sheet;
  return { sheet: { ...sheet, cells: new Map() }, byRow: cellsByRow(sheet.cells) };
}

/**
 * exceljs's writer keeps every written formula cell (to resolve shared formulas, which plans never use)
 * until the whole workbook is written: 1,000,000 of them at 1000 units. Written rows need none of them.
 */
function forgetWrittenFormulas(ws: ExcelJS.Worksheet): void {
  (ws as unknown as { _formulae: Record<string, unknown> })._formulae = {};
}

/** Bytes of the sheet's XML the zip has not taken yet (exceljs pipes the sheet's stream into the archiver). */
function pendingBytes(ws: ExcelJS.Worksheet): number {
  type State = { length?: number } | undefined;
  const pipes = (ws as unknown as { stream: { pipes?: { _readableState: State; _writableState: State }[] } }).stream.pipes ?? [];
  return pipes.reduce((n, p) => n + (p._readableState?.length ?? 0) + (p._writableState?.length ?? 0), 0);
}

/** Lets the zip compress until little of the sheet is waiting (exceljs's writer itself never waits). */
async function zipCatchUp(ws: ExcelJS.Worksheet): Promise<void> {
  do await new Promise((resolve) => setImmediate(resolve));
  while (pendingBytes(ws) > MAX_PENDING_BYTES);
}
