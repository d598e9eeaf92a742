/**
 * Compares what the Xếp hạng sheet shows (cached formula results of a saved workbook) with what the
 * domain computes from the entries: an edited formula shows up as a cell that disagrees. A file never
 * recalculated (written by `thidua build`/`demo`, not yet opened in Excel) has no cached results at all.
 * A file written by a program since its last recalculation (`thidua merge` drops every cached result,
 * another tool may keep some) has number cells without a cached
 * result: such cached values are stale, never compared ("notRecalculated"), so no false "edited formula".
 * Excel and LibreOffice always store a formula's number result; only an empty text result is left out.
 * Pure: reads through a CellSource (null = no cached value) and `uncalculated` (a formula cell without
 * a stored result).
 */
import type { ClusterResult } from "../domain/cluster";
import type { RawValue } from "../domain/scoring/entryValue";
import { message, type Message, type ParamValue } from "../messages/message";
import type { WorkbookLayout } from "../workbook/layout";
import { eligibilityLabel, SHEET, UNCLASSIFIED, unitAwardLabel } from "../workbook/names";
import { addr } from "../workbook/plan";
import type { CellSource } from "../workbook/readBack";
import { wb } from "../workbook/text";

export interface CachedMismatch {
  readonly sheet: string;
  readonly cell: string;
  readonly unit: string;
  readonly column: string;
  readonly expected: string | number;
  readonly found: RawValue;
}

export type CachedCheck = { readonly status: "notRecalculated" } | { readonly status: "ok" } | { readonly status: "mismatch"; readonly mismatches: readonly CachedMismatch[] };

export function checkCachedRanking(
  read: CellSource,
  layout: WorkbookLayout,
  result: ClusterResult,
  uncalculated: (sheet: string, row: number, col: number) => boolean = () => false,
): CachedCheck {
  const C = layout.rankingCols;
  const p = result.template.precision;
  const tolerance = 10 ** -(p + 6);
  const cells: { col: number; column: string; expected: (u: ClusterResult["units"][number]) => string | number }[] = [
    { col: C.selfTotal, column: wb("head.self"), expected: (u) => u.self.total },
    { col: C.scored, column: wb("head.clusterScore"), expected: (u) => u.final.scored },
    { col: C.bonus, column: wb("head.bonus"), expected: (u) => u.final.bonus },
    { col: C.penalty, column: wb("head.penalty"), expected: (u) => u.final.penalty },
    { col: C.total, column: wb("head.totalShort"), expected: (u) => u.final.total },
    ...(C.percent !== null ? [{ col: C.percent, column: wb("head.percent"), expected: (u: ClusterResult["units"][number]) => u.rankValue }] : []),
    { col: C.rank, column: wb("head.rank"), expected: (u) => u.rank },
    { col: C.band, column: wb("head.band"), expected: (u) => u.band ?? UNCLASSIFIED },
    { col: C.eligible, column: wb("head.eligible"), expected: (u) => eligibilityLabel(u) },
    { col: C.award, column: wb("head.award"), expected: (u) => unitAwardLabel(u) },
  ];
  let anyCached = false;
  let stale = false;
  const mismatches: CachedMismatch[] = [];
  result.units.forEach((u, i) => {
    const row = layout.rankingRow(i);
    for (const c of cells) {
      const found = read(SHEET.ranking, row, c.col);
      if (found !== null && found !== undefined) anyCached = true;
      const expected = c.expected(u);
      if (typeof expected === "number" && uncalculated(SHEET.ranking, row, c.col)) stale = true;
      const same =
        typeof expected === "number"
          ? typeof found === "number" && Math.abs(found - expected) <= tolerance
          : // LibreOffice saves a "" result so that it reads back as no value.
            String(found ?? "").normalize("NFC") === expected.normalize("NFC");
      if (!same) mismatches.push({ sheet: SHEET.ranking, cell: addr(c.col, row), unit: u.name, column: c.column, expected, found });
    }
  });
  if (!anyCached || stale) return { status: "notRecalculated" };
  return mismatches.length === 0 ? { status: "ok" } : { status: "mismatch", mismatches };
}

export function mismatchMessage(m: CachedMismatch): Message {
  const show = (v: RawValue | string | number): ParamValue =>
    typeof v === "number" ? v : v === null || v === undefined || v === "" ? message("export.cli.empty") : `"${String(v)}"`;
  return message("export.cli.mismatch", { sheet: m.sheet, cell: m.cell, unit: m.unit, column: m.column, found: show(m.found), expected: show(m.expected) });
}
