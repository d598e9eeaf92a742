/** readWorkbook: sheet names and the ThiDua workbook (template, cluster, period, units) of the current set (thiduaSet.ts), in one read (two for a "keep both" set). */
import { SHEET } from "../../workbook/buildPlan";
import { cellOf } from "./readBook";
import { runAction, type ActionEnv } from "./env";
import { PANE_SHEET } from "./paneSheet";
import { readThiDuaBook } from "./thiduaSet";
import { metaOf } from "./thiduaRead";
import type { WorkbookState } from "./types";

export async function readWorkbook(env: ActionEnv): Promise<WorkbookState> {
  return runAction(env, "readWorkbook", async (ctx) => {
    const book = await readThiDuaBook(ctx, { grids: [SHEET.meta, SHEET.units] });
    const meta = metaOf(book);
    const units = meta.ok ? Array.from({ length: meta.value.unitCount }, (_, u) => String(cellOf(book.grids.get(SHEET.units.toLowerCase()), 2 + u, 2) ?? "").trim()) : [];
    return {
      // The pane's own hidden sheet is not the user's business.
      sheets: book.sheets.map((s) => s.name).filter((n) => n !== PANE_SHEET),
      thidua: meta.ok ? { template: meta.value.template, cluster: meta.value.clusterName, period: meta.value.period, units } : null,
    };
  });
}
