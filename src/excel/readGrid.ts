/**
 * Reads the Chấm điểm grid back from the open workbook in ONE sync (values and formulas), as domain
 * entries with their cells, and finds values typed over formula cells ("formula overwritten").
 */
import type { EntryInput } from "../domain/scoring/input";
import type { RawValue } from "../domain/scoring/entryValue";
import { SHEET, type WorkbookLayout } from "../workbook/buildPlan";
import { addr, sheetRef, type WorkbookPlan } from "../workbook/plan";
import { readEntries } from "../workbook/readBack";
import { boxAddress, positioned } from "./cells";
import { withContext, type ExcelTarget } from "./applyPlan";

export interface OverwrittenFormula {
  readonly sheet: string;
  readonly cell: string;
  /** What should be there ("=…"): the formula to restore. */
  readonly formula: string;
  /** What is there now. */
  readonly found: RawValue;
}

export interface GridRead {
  readonly entries: EntryInput[];
  /** Unit names as the Đơn vị sheet has them now, in column order. */
  readonly units: string[];
  readonly overwritten: OverwrittenFormula[];
  /** Rows whose code in column A is not the layout's (the sheet is not the layout's workbook). */
  readonly codeMismatches: { readonly cell: string; readonly expected: string; readonly found: RawValue }[];
  readonly syncs: number;
}

export interface ReadGridOptions {
  /** Sheet names as written (after "keep both"): plan name → actual name. */
  readonly sheetNames?: Readonly<Record<string, string>>;
  /**
   * The plan the workbook was written from: every planned formula on Chấm điểm and Điểm is checked.
   * Without it only the unit-name headers of Chấm điểm (row 1) are checked.
   */
  readonly plan?: WorkbookPlan;
}


export async function readGrid(target: ExcelTarget, layout: WorkbookLayout, options: ReadGridOptions = {}): Promise<GridRead> {
  return withContext(target, async (ctx) => {
    const nameOf = (s: string) => options.sheetNames?.[s] ?? s;
    const n = layout.unitCount;
    const lastRow = layout.nodeRow(layout.nodes.length - 1);
    const lastCol = n > 0 ? layout.clusterEntryCol(n - 1) : 3;
    const entryName = nameOf(SHEET.entry);
    const ws = ctx.workbook.worksheets.getItem(entryName);
    const grid = ws.getRange(boxAddress({ r0: 1, c0: 1, r1: Math.max(lastRow, 2), c1: lastCol }));
    grid.load("values,formulas");
    const unitRange = n > 0 ? ctx.workbook.worksheets.getItem(nameOf(SHEET.units)).getRange(`B2:B${n + 1}`) : null;
    unitRange?.load("values");
    // Formula cells of other planned sheets (Điểm) in the same sync.
    const others: { name: string; r0: number; c0: number; range: Excel.Range; expected: [number, number, string][] }[] = [];
    const entryExpected: [number, number, string][] = [];
    if (options.plan) {
      for (const sp of options.plan.sheets) {
        const isEntry = sp.name === SHEET.entry;
        if (!isEntry && sp.name !== SHEET.points) continue;
        const expected: [number, number, string][] = [];
        for (const p of positioned(sp)) if ("formula" in p.cell) expected.push([p.pos.row, p.pos.col, `=${renameRefs(p.cell.formula, options.sheetNames)}`]);
        if (isEntry) entryExpected.push(...expected);
        else if (expected.length > 0) {
          const r0 = Math.min(...expected.map((e) => e[0]));
          const r1 = Math.max(...expected.map((e) => e[0]));
          const c0 = Math.min(...expected.map((e) => e[1]));
          const c1 = Math.max(...expected.map((e) => e[1]));
          const range = ctx.workbook.worksheets.getItem(nameOf(sp.name)).getRange(boxAddress({ r0, c0, r1, c1 }));
          range.load("formulas");
          others.push({ name: nameOf(sp.name), r0, c0, range, expected });
        }
      }
    } else {
      for (let u = 0; u < n; u++) entryExpected.push([1, layout.selfEntryCol(u), `=${sheetRef(nameOf(SHEET.units))}$B$${2 + u}`]);
    }
    await ctx.sync();

    // The office-addins rules lose track of the sync above across the if/else that queues the other loads.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    const values = grid.values as RawValue[][];
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    const formulas = grid.formulas as RawValue[][];
    const units = unitRange ? (unitRange.values as RawValue[][]).map((r) => String(r[0] ?? "")) : [];
    const at = (g: RawValue[][], row: number, col: number): RawValue => g[row - 1]?.[col - 1];
    const { entries, codeMismatches } = readEntries(layout, units, (row, col) => at(values, row, col), entryName);
    const overwritten: OverwrittenFormula[] = [];
    const check = (sheet: string, got: (row: number, col: number) => RawValue, expected: [number, number, string][]) => {
      for (const [row, col, formula] of expected) {
        const f = got(row, col);
        if (typeof f === "string" && f.startsWith("=")) continue;
        overwritten.push({ sheet, cell: addr(col, row), formula, found: f });
      }
    };
    check(entryName, (r, c) => at(formulas, r, c), entryExpected.filter(([r, c]) => r <= Math.max(lastRow, 2) && c <= lastCol));
    for (const o of others) {
      const g = o.range.formulas as RawValue[][];
      check(o.name, (r, c) => g[r - o.r0]?.[c - o.c0], o.expected);
    }
    return { entries, units, overwritten, codeMismatches, syncs: 1 };
  });
}

function renameRefs(formula: string, names: Readonly<Record<string, string>> | undefined): string {
  if (!names) return formula;
  let f = formula;
  for (const [from, to] of Object.entries(names)) if (from !== to) f = f.split(sheetRef(from)).join(sheetRef(to));
  return f;
}
