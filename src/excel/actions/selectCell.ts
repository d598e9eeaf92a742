/** selectCell: activates the sheet and selects (scrolls to) the cell, e.g. when a finding is clicked. */
import { message } from "../../messages/message";
import { parseCell } from "../cells";
import { runAction, type ActionEnv } from "./env";
import { hasSheet, readBook } from "./readBook";
import { ActionError } from "./types";

export async function selectCell(env: ActionEnv, sheet: string, cell: string): Promise<void> {
  return runAction(env, "selectCell", async (ctx) => {
    try {
      parseCell(cell);
    } catch (e) {
      throw new ActionError(message("actions.error.badCell", { cell }), "invalid", { cause: e });
    }
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    try {
      await ctx.sync();
    } catch (e) {
      // Say why in the user's terms when the sheet is gone or hidden.
      const book = await readBook(ctx, {});
      const s = hasSheet(book, sheet);
      if (!s) throw new ActionError(message("actions.error.sheetMissing", { sheet }), "invalid", { cause: e });
      if (s.visibility !== "Visible") throw new ActionError(message("actions.error.hiddenSheet", { sheet: s.name, cell }), "invalid", { cause: e });
      throw e;
    }
  });
}
