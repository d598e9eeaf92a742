/**
 * TEST-ONLY, read-only hook for the end-to-end tests: `window.__thiduaPreview` lets Playwright read cell
 * values and formulas of the simulated workbook without scraping the grid. Nothing in the product uses it.
 */
import type { FakeCell, FakeSheetState } from "../excel/fake";
import { parseArea } from "./engine/references";
import type { PreviewHost } from "./host";

function cellAt(s: FakeSheetState, address: string): FakeCell | undefined {
  const b = parseArea(address.replace(/\$/g, ""));
  return b ? s.cell(b.r0, b.c0) : undefined;
}

export interface PreviewTestHook {
  /** The cell's computed value (an error as its code, e.g. "#DIV/0!"; "" for a formula giving ""), undefined when empty. */
  valueAt(sheet: string, cell: string): string | number | boolean | undefined;
  /** The cell's formula ("=SUM(B2:B9)"), or null when it holds none. */
  formulaAt(sheet: string, cell: string): string | null;
  /** All sheet names in tab order with their visibility. */
  sheets(): { name: string; visibility: string; protected: boolean }[];
  /** The workbook's selection (after the pane's selectCell or a click in the grid). */
  selection(): { sheet: string; address: string } | null;
  /** How many formulas the last recalculation evaluated, and in how many ms. */
  lastRecalc(): { formulas: number; evaluated: number; ms: number } | null;
}

declare global {
  interface Window {
    __thiduaPreview?: PreviewTestHook;
  }
}

export function installTestHook(host: PreviewHost): PreviewTestHook {
  const hook: PreviewTestHook = {
    valueAt: (sheet, cell) => {
      const s = host.sheet(sheet);
      const c = s ? cellAt(s, cell) : undefined;
      return !c || (c.value === "" && !c.formula) ? undefined : c.value;
    },
    formulaAt: (sheet, cell) => {
      const s = host.sheet(sheet);
      const f = s ? cellAt(s, cell)?.formula : null;
      return f ? (f.startsWith("=") ? f : `=${f}`) : null;
    },
    sheets: () => host.fake.state.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected })),
    selection: () => (host.fake.state.selection ? { ...host.fake.state.selection } : null),
    lastRecalc: () => (host.lastRecalc ? { formulas: host.lastRecalc.formulas, evaluated: host.lastRecalc.evaluated, ms: host.lastRecalc.ms } : null),
  };
  window.__thiduaPreview = Object.freeze(hook);
  return hook;
}
