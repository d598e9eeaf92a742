/**
 * How large each row of a ThiDua sheet is when Excel sends it back: the formulas and texts the plan puts
 * there (the plan is rebuilt from the template in _ThiDua, read in the first sync). Rows and sheets the plan
 * does not know fall back to readRows' pessimistic size, so an unknown workbook is read in more, smaller syncs.
 */
import { positioned } from "../cells";
import { formulaPlan } from "./overwritten";
import type { BookRead, BookRequest } from "./readBook";
import { pessimisticRows, type GridProp, type RowSizer } from "./readRows";
import { SHEET } from "../../workbook/names";
import { CLUSTER_SHEETS, metaOf } from "./thiduaRead";

/** A number Excel computes (1.3333333333333333) or a short text, as JSON. */
const COMPUTED_VALUE_BYTES = 20;
/** A cell the plan leaves empty: "" and a comma, or whatever short entry a clerk types there. */
const OTHER_CELL_BYTES = 8;

type RowBytes = Readonly<Record<GridProp, number>>;

const utf8 = new TextEncoder();
const jsonBytes = (x: unknown) => utf8.encode(JSON.stringify(x)).length + 1;

/** Per plan sheet (lower case), per row: the planned cells' bytes and how many cells the plan fills. */
function plannedRows(book: BookRead): Map<string, Map<number, RowBytes & { cells: number }>> | null {
  const meta = metaOf(book);
  if (!meta.ok) return null;
  let plan;
  try {
    plan = formulaPlan(meta.value.template, meta.value.unitCount);
  } catch {
    return null; // a template the plan builder refuses: no estimate, the pessimistic one applies
  }
  const sheets = new Map<string, Map<number, RowBytes & { cells: number }>>();
  for (const sp of plan.sheets) {
    const rows = new Map<number, RowBytes & { cells: number }>();
    for (const p of positioned(sp)) {
      const text = "formula" in p.cell ? `=${p.cell.formula}` : "value" in p.cell ? p.cell.value : "";
      const was = rows.get(p.pos.row) ?? { formulas: 0, values: 0, cells: 0 };
      const own = jsonBytes(text);
      rows.set(p.pos.row, { formulas: was.formulas + own, values: was.values + ("formula" in p.cell ? COMPUTED_VALUE_BYTES : own), cells: was.cells + 1 });
    }
    sheets.set(sp.name.toLowerCase(), rows);
  }
  return sheets;
}

/** The row sizer for a read whose first sync brought _ThiDua (pessimistic when it did not). */
export function planSizer(first: BookRead): RowSizer {
  const planned = plannedRows(first);
  if (!planned) return pessimisticRows;
  return (sheet, row, c0, c1, props) => {
    const rows = planned.get(sheet.toLowerCase());
    if (!rows) return pessimisticRows(sheet, row, c0, c1, props);
    const known = rows.get(row);
    const others = Math.max(0, c1 - c0 + 1 - (known?.cells ?? 0)) * OTHER_CELL_BYTES;
    return props.reduce((s, p) => s + (known?.[p] ?? 0) + others, 0);
  };
}

/** Sheets small enough to read whole with the first sync (a few hundred KB at 200 units × 300 criteria). */
const SMALL_SHEETS: readonly string[] = [...CLUSTER_SHEETS, SHEET.summary];

/**
 * Whole sheets (values and formulas) with the defined names, each response under the limit: the cluster's
 * sheets (_ThiDua, Đơn vị, Chấm điểm: scores only) and Tổng hợp in the first sync, with which the plan sizes
 * the rest; every other sheet (Điểm's formulas: MBs) by blocks of rows.
 */
export function wholeSheetsRequest(sheets: readonly string[]): BookRequest {
  const first = (s: string) => SMALL_SHEETS.some((x) => x.toLowerCase() === s.toLowerCase());
  return {
    names: true,
    grids: sheets.filter(first),
    rows: sheets.filter((s) => !first(s)).map((sheet) => ({ sheet, props: ["values", "formulas"] })),
    sizer: planSizer,
  };
}
