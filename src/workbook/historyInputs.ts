/**
 * Lịch sử's input cells (period labels, earlier names, each earlier period's total, rank, band and award) as the
 * plan writes them for a ClusterHistory (sheets/historySheet.ts), and which of them a sheet would read differently
 * (readHistory.ts): what writing that history into an existing Lịch sử changes, cell by cell, and nothing else.
 */
import type { ClusterHistory, PastResult } from "../domain/history/types";
import type { RawValue } from "../domain/scoring/entryValue";
import type { Template } from "../domain/template/model";
import { historyLayout } from "./historyLayout";
import { historyNumber, historyText, splitAliases } from "./readHistory";

export interface HistoryInput {
  readonly row: number;
  readonly col: number;
  /** What the plan writes there (null: blank). */
  readonly value: string | number | null;
  /** Whether a cell holding `current` already reads as this input's value. */
  readonly holds: (current: RawValue) => boolean;
}

const asText = (value: string | null) => (current: RawValue) => historyText(current) === value;
const asNumber = (value: number | null) => (current: RawValue) => historyNumber(current) === value;

function periodInputs(row: number, cols: { total: number; rank: number; band: number; award: number }, past: PastResult | null): HistoryInput[] {
  const total = past?.total ?? null;
  const rank = past?.rank ?? null;
  const band = past?.band ?? null;
  const award = past?.award ?? null;
  return [
    { row, col: cols.total, value: total, holds: asNumber(total) },
    { row, col: cols.rank, value: rank, holds: asNumber(rank) },
    { row, col: cols.band, value: band, holds: asText(band) },
    { row, col: cols.award, value: award, holds: asText(award) },
  ];
}

/** Every input cell of Lịch sử for `history` (`unitCount` units in Đơn vị's order). */
export function historyInputs(t: Template, unitCount: number, history: ClusterHistory): HistoryInput[] {
  const H = historyLayout(t, unitCount);
  const out: HistoryInput[] = [];
  for (let j = 0; j < H.periods; j++) {
    const label = history.periods[j] ?? null;
    out.push({ row: H.labelRow, col: H.cols.period(j).total, value: label, holds: (v) => (historyText(v) ?? "") === (label ?? "") });
  }
  for (let u = 0; u < unitCount; u++) {
    const given = history.units[u];
    const aliases = given?.aliases ?? [];
    const joined = aliases.join("; ");
    out.push({ row: H.row(u), col: H.cols.aliases, value: joined === "" ? null : joined, holds: (v) => splitAliases(v).join("\n") === aliases.map((a) => a.trim().normalize("NFC")).join("\n") });
    for (let j = 0; j < H.periods; j++) out.push(...periodInputs(H.row(u), H.cols.period(j), given?.results[j] ?? null));
  }
  return out;
}

/** The inputs a sheet read through `read` does not hold yet. */
export function changedHistoryInputs(t: Template, unitCount: number, history: ClusterHistory, read: (row: number, col: number) => RawValue): HistoryInput[] {
  return historyInputs(t, unitCount, history).filter((i) => !i.holds(read(i.row, i.col)));
}
