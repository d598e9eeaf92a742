/**
 * The meeting details on the Tổng hợp sheet of the current set: the same input cells `thidua export` reads
 * (src/export/meetingFromSheet.ts, layout in src/workbook/summarySheetLayout.ts). readMeeting gives them as
 * text for the Xuất form; writeMeeting writes the form's texts back, as text (never a formula: "=…" stays
 * text), only the cells that change, undoably. The input cells are unlocked: a protected Tổng hợp sheet
 * is written without unprotecting. The tone-mark style chosen for the documents is read and saved with
 * them (toneStyleRecord.ts). Syncs: 1 read (2 for a "keep both" set) + 1 write.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { MEETING_FIELDS, type MeetingField } from "../../domain/meeting/fields";
import { fieldValue } from "../../export/meetingFromSheet";
import { message } from "../../messages/message";
import { SHEET } from "../../workbook/names";
import { addr } from "../../workbook/plan";
import { summarySheetLayout, type SummaryMeetingField } from "../../workbook/summarySheetLayout";
import { excelText, parseCell } from "../cells";
import { runAction, type ActionEnv } from "./env";
import { cellOf, hasSheet, type BookRead } from "./readBook";
import { readThiDuaBook, sheetNameIn } from "./thiduaSet";
import { cellsRecord, recordUndo } from "./undoJournal";
import { paneSheetExists, saveToneStyle, savedToneStyle } from "./toneStyleRecord";
import { requireCluster } from "./validate";
import { ActionError, type MeetingCells, type WriteResult } from "./types";

interface MeetingSheet {
  readonly sheet: string;
  /** The input cell (A1 address) of each meeting field. */
  readonly cells: ReadonlyMap<MeetingField, string>;
  readonly book: BookRead;
}

async function readMeetingSheet(ctx: Excel.RequestContext): Promise<MeetingSheet> {
  const book = await readThiDuaBook(ctx, { grids: [SHEET.meta, SHEET.units, SHEET.entry, SHEET.summary] });
  const read = requireCluster(book);
  const sheet = sheetNameIn(book, SHEET.summary);
  if (!hasSheet(book, SHEET.summary)) throw new ActionError(message("fresh.meeting.noSheet", { sheet }), "invalid");
  const S = summarySheetLayout(read.meta.template, read.meta.unitCount);
  const rowOf = (f: MeetingField) => (f === "nextHead" ? S.headRow : f === "nextDeputy" ? S.deputyRow : S.meetingRow(f));
  return { sheet, book, cells: new Map(MEETING_FIELDS.map((f) => [f, addr(S.valueCol, rowOf(f))])) };
}

const isEmpty = (v: RawValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell as the text the form shows: dates and times as Excel stores them become "2025-12-20" and "8:30". */
function cellText(field: MeetingField, v: RawValue): string {
  if (isEmpty(v)) return "";
  if (field === "nextHead" || field === "nextDeputy") return String(v);
  const value = fieldValue(field as SummaryMeetingField, v);
  return Array.isArray(value) ? value.join("\n") : String(value);
}

function cellAt(m: MeetingSheet, address: string): RawValue {
  const p = parseCell(address);
  return cellOf(m.book.grids.get(SHEET.summary.toLowerCase()), p.row, p.col);
}

export async function readMeeting(env: ActionEnv): Promise<MeetingCells> {
  return runAction(env, "readMeeting", async (ctx) => {
    const m = await readMeetingSheet(ctx);
    const out: Partial<Record<MeetingField, string>> = {};
    for (const [f, a] of m.cells) {
      const text = cellText(f, cellAt(m, a));
      if (text !== "") out[f] = text;
    }
    const toneStyle = savedToneStyle(m.book);
    return toneStyle === null ? out : { ...out, toneStyle };
  });
}

export async function writeMeeting(env: ActionEnv, values: MeetingCells): Promise<WriteResult> {
  return runAction(env, "writeMeeting", async (ctx) => {
    const m = await readMeetingSheet(ctx);
    const changes = [...m.cells]
      .filter(([f]) => values[f] !== undefined)
      .map(([f, address]) => ({ field: f, address, before: cellAt(m, address), text: values[f]!.trim() }))
      .filter((c) => c.text !== cellText(c.field, c.before));
    const tone = values.toneStyle !== undefined && values.toneStyle !== (savedToneStyle(m.book) ?? "new") ? values.toneStyle : null;
    if (changes.length === 0 && tone === null) return { summary: message("fresh.meeting.unchanged", { sheet: m.sheet }), cellsWritten: 0, notices: [], undoable: false };
    if (changes.length === 0) {
      saveToneStyle(ctx, m.book, tone!, paneSheetExists(m.book));
      await ctx.sync();
      return { summary: message("hygiene.tone.saved", { style: message(`hygiene.tone.${tone!}`) }), cellsWritten: 0, notices: [], undoable: false };
    }
    await recordUndo(ctx, paneSheetExists(m.book), cellsRecord(message("fresh.meeting.undoLabel"), env.now().toISOString(), changes.length, changes.map((c) => ({ sheet: m.sheet, address: c.address, formulas: [[isEmpty(c.before) ? "" : (c.before as string | number | boolean)]], wrote: [[c.text]] }))));
    const ws = ctx.workbook.worksheets.getItem(m.sheet);
    for (const c of changes) ws.getRange(c.address).values = [[excelText(c.text)]];
    if (tone !== null) saveToneStyle(ctx, m.book, tone, true); // recordUndo made the pane sheet
    await ctx.sync();
    return { summary: message("fresh.meeting.saved", { count: changes.length, sheet: m.sheet }), cellsWritten: changes.length, notices: [], undoable: true };
  });
}
