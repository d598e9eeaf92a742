/**
 * The record the task pane keeps in its hidden sheet `_ThiDuaPane` (cell S1): which sheet set is current and the
 * tone-mark style chosen in Xuất for it, as `j:{"set": " (2)", "toneStyle": "old"}` (docs/workbook-contract.md).
 * The pane writes it (src/excel/actions/toneStyleRecord.ts, thiduaSet.ts); the pane and `thidua export` read it here.
 */
import type { RawValue } from "../domain/scoring/entryValue";
import { parseToneStyle, type ToneStyle } from "../domain/text/toneStyle";

export const PANE_SHEET = "_ThiDuaPane";
/** The pane sheet cell holding the current set (JSON text with the "j:" prefix). */
export const SET_RECORD_CELL = "S1";
const PREFIX = "j:";

/** The record's fields, or null when the cell holds none (or a damaged one: the defaults then apply). */
export function parseSetRecord(cell: RawValue | undefined): Record<string, unknown> | null {
  if (typeof cell !== "string" || !cell.startsWith(PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(cell.slice(PREFIX.length));
    return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null; // a damaged record: no saved style, no recorded set
  }
}

/** The style saved for the set with this suffix ("" for the first set), or null when none was saved for it. */
export function savedToneStyleIn(cell: RawValue | undefined, suffix: string): ToneStyle | null {
  const record = parseSetRecord(cell);
  if (!record || record.set !== suffix || typeof record.toneStyle !== "string") return null;
  return parseToneStyle(record.toneStyle);
}

/** The cell's text for a record of this set and style. */
export function setRecordText(suffix: string, toneStyle?: ToneStyle): string {
  return PREFIX + JSON.stringify(toneStyle ? { set: suffix, toneStyle } : { set: suffix });
}
