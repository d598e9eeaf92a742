/**
 * The preview host: an in-memory Excel (src/excel/fake) whose formulas the preview engine
 * recalculates after every sync and every typed edit, plus what the grid needs (typing like en-US Excel,
 * protection, conditional-format highlights, the selection). The pane talks to it through the same
 * createExcelActions(fake.run) it uses in Excel.
 */
import { FakeExcel, type FakeSheetState } from "../excel/fake";
import { shiftFormula } from "../excel/cells";
import { addr } from "../workbook/plan";
import { WorkbookEngine, isError, type RecalcStats } from "./engine";
import { parseArea } from "./engine/references";
import { parseTypedInput } from "./grid/typedInput";

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export type TypeResult = { readonly ok: true } | { readonly ok: false; readonly reason: "protected" | "noSheet" };

/** The ExcelApi version the preview host claims: a current Excel for the web/desktop. */
export const PREVIEW_EXCEL_API = "1.17";

/** Pane-owned and plan conditional formats: error = red, warning = amber (what Excel shows). */
const CF_FILL: Record<string, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

export class PreviewHost {
  readonly fake: FakeExcel;
  readonly engine: WorkbookEngine;
  private listeners = new Set<() => void>();
  private cfCache = new Map<string, string | null>();
  private cfVersion = -1;
  lastRecalc: RecalcStats | null = null;

  /** The default host answers isSetSupported like a current Excel (print settings and indents are applied). */
  constructor(fake = new FakeExcel({ excelApi: PREVIEW_EXCEL_API })) {
    this.fake = fake;
    if (fake.state.sheets.length === 0) fake.state.addSheet("Sheet1");
    this.engine = new WorkbookEngine(fake.state);
    this.lastRecalc = this.engine.recalculate();
    fake.afterSync = () => {
      this.lastRecalc = this.engine.recalculate();
      this.notify();
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Sheets a user sees as tabs (hidden and very hidden ones are not shown). */
  visibleSheets(): FakeSheetState[] {
    return this.fake.state.sheets.filter((s) => s.visibility === "Visible");
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.fake.state.sheet(name);
  }

  /** A user typing `text` into sheet!cell and pressing Enter (en-US rules; protected locked cells refuse). */
  typeInto(sheetName: string, row: number, col: number, text: string): TypeResult {
    const s = this.sheet(sheetName);
    if (!s) return { ok: false, reason: "noSheet" };
    const existing = s.cell(row, col);
    if (s.protected && (existing?.locked ?? true)) return { ok: false, reason: "protected" };
    const input = parseTypedInput(text);
    const c = s.ensure(row, col);
    if (input.kind === "empty") {
      c.value = "";
      c.formula = null;
    } else if (input.kind === "formula") {
      c.formula = input.formula;
      c.value = "";
    } else {
      c.formula = null;
      c.value = input.value;
    }
    this.lastRecalc = this.engine.recalculate();
    this.notify();
    this.fake.state.edited(s.name, addr(col, row)); // Excel's change events fire (the pane marks results stale)
    return { ok: true };
  }

  /** Selects a cell like a click in Excel (the add-in can read the selection). */
  select(sheetName: string, row: number, col: number): void {
    const st = this.fake.state;
    st.activeSheet = sheetName;
    st.selection = { sheet: sheetName, address: addr(col, row) };
  }

  /** The fake's selection (set by the pane's selectCell through Range.select / Worksheet.activate). */
  selection(): { sheet: string; pos: CellPos | null } | null {
    const st = this.fake.state;
    if (st.selection) {
      const b = parseArea(st.selection.address);
      return { sheet: st.selection.sheet, pos: b ? { row: b.r0, col: b.c0 } : null };
    }
    if (st.activeSheet) return { sheet: st.activeSheet, pos: null };
    return null;
  }

  /** The highlight fill of a cell from the sheet's conditional formats (last matching rule wins), or null. */
  highlightAt(s: FakeSheetState, row: number, col: number): string | null {
    if (s.conditionalFormats.length === 0) return null;
    if (this.cfVersion !== this.engine.version) {
      this.cfCache.clear();
      this.cfVersion = this.engine.version;
    }
    const key = `${s.name}|${row},${col}`;
    const cached = this.cfCache.get(key);
    if (cached !== undefined) return cached;
    let fill: string | null = null;
    for (const cf of s.conditionalFormats) {
      if (!cf.formula || (cf.type !== undefined && cf.type !== "Custom")) continue; // colour scales etc. are not drawn
      for (const area of cf.range.split(",")) {
        const b = parseArea(area.trim());
        if (!b || row < b.r0 || row > b.r1 || col < b.c0 || col > b.c1) continue;
        const formula = shiftFormula(cf.formula.replace(/^=/, ""), row - b.r0, col - b.c0);
        const v = this.engine.evaluate(s.name, row, col, formula);
        if (!isError(v) && (v === true || (typeof v === "number" && v !== 0))) fill = cf.fill ?? CF_FILL.error!;
        break;
      }
    }
    this.cfCache.set(key, fill);
    return fill;
  }
}

export { CF_FILL };
