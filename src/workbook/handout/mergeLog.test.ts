import type { MergeLogRecord } from "../../domain/merge/types";
import type { RawValue } from "../../domain/scoring/entryValue";
import { MERGE_LOG_COLUMNS, mergeLogNextRow, mergeLogRecords, mergeLogRow } from "./mergeLog";

const rec: MergeLogRecord = { at: "2026-03-01T08:00:00.000Z", fileId: "f1", unit: "Hòa Bình", file: "Tự chấm - 01 - Hòa Bình.xlsx", valuesHash: "abc", cells: 3 };

describe("merge log layout (_ThiDuaGop)", () => {
  it("a record is one row A…F in header order, and reads back the same, skipping empty rows", () => {
    expect(mergeLogRow(rec)).toEqual(MERGE_LOG_COLUMNS.map((k) => rec[k]));
    const rows: RawValue[][] = [[...MERGE_LOG_COLUMNS], mergeLogRow(rec), ["", "", "", "", "", ""], mergeLogRow({ ...rec, fileId: "f2", cells: 0 })];
    const cell = (r: number, c: number) => rows[r - 1]?.[c - 1] ?? null;
    expect(mergeLogRecords(cell, rows.length)).toEqual([rec, { ...rec, fileId: "f2", cells: 0 }]);
    expect(mergeLogRecords(cell, 1)).toEqual([]);
  });

  it("appends below the last used row, never over the header", () => {
    expect(mergeLogNextRow(0)).toBe(2);
    expect(mergeLogNextRow(1)).toBe(2);
    expect(mergeLogNextRow(4)).toBe(5);
  });
});
