/**
 * insertDesign: writes a Thiết kế tiêu chí sheet (src/workbook/design) — empty, or a copy of a template — and
 * selects its first criterion cell. An existing design sheet is never written over: without a choice the
 * action refuses ("clash"); with "keepBoth" the new sheet is "Thiết kế tiêu chí (2)". Undoable: undo deletes
 * the new sheet and keeps a copy of what was typed into it since (undoJournal.ts, watchedInputs).
 */
import { DESIGN_SHEET, templateToDesign } from "../../domain/template/design";
import { CRITERION_COLUMNS } from "../../domain/template/design/layout";
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, type TemplateInput } from "../../domain/template/schema";
import { message, render } from "../../messages/message";
import { designWorkbookPlan } from "../../workbook/design/designSheet";
import { addr } from "../../workbook/plan";
import { applyPlan, keepBothNames } from "../applyPlan";
import type { DesignStart } from "./designTypes";
import { runAction, type ActionEnv } from "./env";
import { clearPaneColumn, PANE_SHEET, UNDO_COLUMN } from "./paneSheet";
import { hasSheet, readBook } from "./readBook";
import { ActionError, type WriteResult } from "./types";
import { watchedInputsOf } from "./undoCompare";
import { recordUndo } from "./undoJournal";

/** The settings of an empty design: a 100-point scale and no criteria yet (the sheet is written in Vietnamese). */
export function blankDesignInput(): TemplateInput {
  return {
    format: TEMPLATE_FORMAT, formatVersion: TEMPLATE_FORMAT_VERSION,
    id: "tieu-chi-cum", version: "1", title: render(message("actions.design.blankTitle"), "vi-VN"),
    total: 100, precision: 2, bonusCap: null, penaltyCap: null, bands: [], tieBreak: [], awards: [], criteria: [],
  };
}

export async function insertDesign(env: ActionEnv, start: DesignStart, choice?: "keepBoth"): Promise<WriteResult> {
  return runAction(env, "insertDesign", async (ctx) => {
    const design = templateToDesign(start.kind === "blank" ? blankDesignInput() : start.template);
    const plan = designWorkbookPlan(design);
    const book = await readBook(ctx, {});
    const existing = hasSheet(book, DESIGN_SHEET);
    if (existing && choice !== "keepBoth") throw new ActionError(message("actions.error.designExists", { sheet: existing.name }), "clash");
    const names = book.sheets.map((s) => s.name);
    const name = existing ? keepBothNames([DESIGN_SHEET], names).get(DESIGN_SHEET)! : DESIGN_SHEET;
    const cells = plan.sheets[0]!.cells.size;
    const paneExists = hasSheet(book, PANE_SHEET) !== undefined;
    await recordUndo(ctx, paneExists, {
      label: message("actions.undo.label.design"), at: env.now().toISOString(), cells, created: [name], restore: [], visibility: [],
      createdNames: [], replacedNames: [], formatsLost: [], watchedInputs: [watchedInputsOf(plan.sheets[0]!, name)],
    });
    const applied = await applyPlan(ctx, plan, { onConflict: existing ? "keepBoth" : "ask", isSetSupported: env.isSetSupported });
    if (applied.status !== "applied") {
      // A design sheet appeared between our read and the write: nothing was written, drop the record.
      clearPaneColumn(ctx, true, UNDO_COLUMN);
      await ctx.sync();
      throw new ActionError(message("actions.error.designExists", { sheet: applied.sheets.join(", ") }), "clash");
    }
    const first = addr(CRITERION_COLUMNS.code, design.criteria.rows[0]?.row ?? design.criteria.headerRow + 1);
    const ws = ctx.workbook.worksheets.getItem(name);
    ws.activate();
    ws.getRange(first).select();
    await ctx.sync();
    return { summary: message("actions.design.done", { sheet: name, cells }), cellsWritten: cells, notices: applied.notices, undoable: true, next: { sheet: name, cell: first } };
  });
}
