/**
 * A sheet's cells → the design's rows, wherever the user moved things: block titles are found in column A and
 * settings by their labels in column C (Vietnamese or English, identity-folded). Used by the .xlsx and Office.js readers.
 */
import { message } from "../../../messages/message";
import { identityKey } from "../../text/normalize";
import {
  AWARD_COLUMNS, BAND_COLUMNS, BLOCK_ORDER, CRITERION_COLUMNS, DESIGN_SHEET, NOTE_COLUMNS, SETTING_KEYS, SETTING_LABEL_COLUMN, SETTING_VALUE_COLUMN,
  TIE_COLUMNS, cellName, type BlockName, type SettingKey,
} from "./layout";
import { designToTemplate, type DesignResult } from "./fromDesign";
import type { CellValue, DesignBlock, DesignFinding, DesignSheet, SettingCell } from "./model";
import { bothLanguages } from "./words";

/** The value of the cell at row, column (1-based); null when empty. */
export type CellGetter = (row: number, column: number) => CellValue;

const COLUMNS = { criteria: CRITERION_COLUMNS, bands: BAND_COLUMNS, tieBreak: TIE_COLUMNS, awards: AWARD_COLUMNS, notes: NOTE_COLUMNS } as const;

const keyOf = (v: CellValue) => (typeof v === "string" ? identityKey(v) : "");

function findBlocks(get: CellGetter, rowCount: number): Map<BlockName, number> {
  const titles = new Map(BLOCK_ORDER.flatMap((b) => bothLanguages(`block.${b}`).map((w) => [identityKey(w), b] as const)));
  const found = new Map<BlockName, number>();
  for (let r = 1; r <= rowCount; r++) {
    const b = titles.get(keyOf(get(r, 1)));
    if (b !== undefined && !found.has(b)) found.set(b, r);
  }
  return found;
}

function findSettings(get: CellGetter, lastRow: number): Partial<Record<SettingKey, SettingCell>> {
  const labels = new Map(SETTING_KEYS.flatMap((k) => bothLanguages(`setting.${k}`).map((w) => [identityKey(w), k] as const)));
  const out: Partial<Record<SettingKey, SettingCell>> = {};
  for (let r = 1; r <= lastRow; r++) {
    const k = labels.get(keyOf(get(r, SETTING_LABEL_COLUMN)));
    if (k !== undefined && out[k] === undefined) out[k] = { row: r, value: get(r, SETTING_VALUE_COLUMN) };
  }
  return out;
}

function readBlock<F extends string>(get: CellGetter, columns: Readonly<Record<F, number>>, titleRow: number | undefined, endRow: number): DesignBlock<F> {
  if (titleRow === undefined) return { titleRow: 0, headerRow: 0, rows: [] };
  const rows = [];
  for (let r = titleRow + 2; r <= endRow; r++) {
    rows.push({ row: r, cells: Object.fromEntries(Object.entries<number>(columns).map(([f, c]) => [f, get(r, c)])) as Record<F, CellValue> });
  }
  return { titleRow, headerRow: titleRow + 1, rows };
}

export type GridRead = { ok: true; sheet: DesignSheet } | { ok: false; findings: DesignFinding[] };
/** A design sheet read and built into a template (findings at their cells), or why it could not be read. */
export type DesignRead = { ok: true; result: DesignResult } | { ok: false; findings: DesignFinding[] };

/** The finding when a workbook has no design sheet (or no CRITERIA header row in it). */
export function noDesignSheet(): DesignFinding[] {
  return [{ severity: "error", row: 1, column: 1, cell: cellName(1, 1), message: message("design.sheet.finding.noSheet", { sheet: DESIGN_SHEET }) }];
}

/** Reads the design from a sheet's cells and builds its template. */
export function readDesign(get: CellGetter, rowCount: number): DesignRead {
  const read = readDesignGrid(get, rowCount);
  return read.ok ? { ok: true, result: designToTemplate(read.sheet) } : read;
}

/** Reads the design from a sheet's cells (rows 1…rowCount). */
export function readDesignGrid(get: CellGetter, rowCount: number): GridRead {
  const blocks = findBlocks(get, rowCount);
  const criteriaRow = blocks.get("criteria");
  if (criteriaRow === undefined) return { ok: false, findings: noDesignSheet() };
  const starts = [...blocks.values()].sort((a, b) => a - b);
  const end = (start: number | undefined) => (start === undefined ? 0 : (starts.find((s) => s > start) ?? rowCount + 1) - 1);
  const at = (b: BlockName) => [blocks.get(b), end(blocks.get(b))] as const;
  return {
    ok: true,
    sheet: {
      settings: findSettings(get, criteriaRow - 1),
      criteria: readBlock(get, COLUMNS.criteria, ...at("criteria")),
      bands: readBlock(get, COLUMNS.bands, ...at("bands")),
      tieBreak: readBlock(get, COLUMNS.tieBreak, ...at("tieBreak")),
      awards: readBlock(get, COLUMNS.awards, ...at("awards")),
      notes: readBlock(get, COLUMNS.notes, ...at("notes")),
    },
  };
}
