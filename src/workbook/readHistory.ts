/**
 * Reads the Lịch sử sheet back (layout: historyLayout.ts): period labels, each unit's earlier names and its
 * results per earlier period, most recent first. Blank cells are no result; a period whose four cells are all
 * blank is null (the unit had no result then).
 */
import type { ClusterHistory, PastResult } from "../domain/history/types";
import type { RawValue } from "../domain/scoring/entryValue";
import type { Template } from "../domain/template/model";
import { parseLocaleNumber } from "../domain/text/numbers";
import { historyLayout, type PeriodColumns } from "./historyLayout";

const blank = (v: RawValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** As the cell holds it, not normalised: Lịch sử's TRIM(cell)="…" compares the cell as it is. */
export function historyText(v: RawValue): string | null {
  return blank(v) ? null : String(v);
}

export function historyNumber(v: RawValue): number | null {
  if (typeof v === "number") return v;
  if (blank(v) || typeof v !== "string") return null;
  const n = parseLocaleNumber(v);
  return n.kind === "number" ? n.value : null;
}

function pastResult(P: PeriodColumns, read: (col: number) => RawValue): PastResult | null {
  const cells = [P.total, P.rank, P.band, P.award].map(read);
  if (cells.every(blank)) return null;
  return { total: historyNumber(cells[0]!), rank: historyNumber(cells[1]!), band: historyText(cells[2]!), award: historyText(cells[3]!) };
}

/** Earlier names typed as "A; B" (a line break also separates). */
export function splitAliases(v: RawValue): string[] {
  return blank(v) ? [] : String(v).split(/[;\n]/).map((s) => s.trim().normalize("NFC")).filter((s) => s !== "");
}

export function readHistory(t: Template, unitCount: number, read: (row: number, col: number) => RawValue): ClusterHistory {
  const H = historyLayout(t, unitCount);
  const periods = Array.from({ length: H.periods }, (_, j) => historyText(read(H.labelRow, H.cols.period(j).total)) ?? "");
  const units = Array.from({ length: unitCount }, (_, u) => {
    const r = H.row(u);
    const results = Array.from({ length: H.periods }, (_, j) => pastResult(H.cols.period(j), (col) => read(r, col)));
    return { aliases: splitAliases(read(r, H.cols.aliases)), results };
  });
  return { periods, units };
}
